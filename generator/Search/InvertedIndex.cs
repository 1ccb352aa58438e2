using System.Collections.Immutable;

namespace Portfolio.Search;

/// <summary>
/// The terms of a set of documents, sorted by ordinal order (the order the client compares in), each
/// with its postings in document order. Document ids are positions in <see cref="Documents"/>.
/// </summary>
public sealed record InvertedIndex(string Language, ImmutableArray<SearchDocument> Documents, ImmutableArray<IndexTerm> Terms)
{
    /// <summary>
    /// Indexes documents of one language. Their order is the order given, which is also the tie-break
    /// in the results; <see cref="SearchIndexProducer"/> sorts them by type and URL first.
    /// </summary>
    public static InvertedIndex Build(string language, ImmutableArray<SearchDocument> documents)
    {
        var tokenizer = new Tokenizer(language);
        var counted = documents.AsParallel().AsOrdered().Select(d => Count(tokenizer, d)).ToList();
        var averageBodyLength = counted.Count == 0 ? 1 : counted.Average(c => c.BodyLength);

        var postings = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var id = 0; id < counted.Count; id++)
        {
            var (frequencies, bodyLength) = counted[id];
            foreach (var (term, (fields, body)) in frequencies)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add(new Posting(id, Ranking.Score(fields, body, bodyLength, averageBodyLength)));
            }
        }

        var terms = postings.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new IndexTerm(p.Key, [.. p.Value]));
        return new InvertedIndex(language, documents, [.. terms]);
    }

    /// <summary>Each term's weighted count in the short fields and its count in the body; the body's length in terms.</summary>
    static (Dictionary<string, (double Fields, int Body)> Frequencies, int BodyLength) Count(Tokenizer tokenizer, SearchDocument document)
    {
        var frequencies = new Dictionary<string, (double Fields, int Body)>(StringComparer.Ordinal);
        var bodyLength = 0;

        void AddField(string text, double weight)
        {
            foreach (var term in tokenizer.Terms(text))
            {
                var (fields, body) = frequencies.GetValueOrDefault(term);
                frequencies[term] = (fields + weight, body);
            }
        }

        void AddBody(string text)
        {
            foreach (var term in tokenizer.Terms(text))
            {
                var (fields, body) = frequencies.GetValueOrDefault(term);
                frequencies[term] = (fields, body + 1);
                bodyLength++;
            }
        }

        AddField(document.Title, Ranking.TitleWeight);
        AddField(document.Summary, Ranking.SummaryWeight);
        foreach (var section in document.Sections)
        {
            AddField(section.Heading, Ranking.HeadingWeight);
            AddBody(section.Text);
        }

        return (frequencies, bodyLength);
    }
}

/// <summary>A term with the documents that hold it.</summary>
public sealed record IndexTerm(string Term, ImmutableArray<Posting> Postings);
