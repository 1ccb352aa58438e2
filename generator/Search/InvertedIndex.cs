using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Portfolio.Search;

/// <summary>
/// The terms of a set of documents, sorted by ordinal order (the order the client compares in), each
/// with its postings in document order, and the words those terms come from (their surface forms, see
/// <see cref="WordForms"/>), for typo tolerance. Document ids are positions in <see cref="Documents"/>.
/// </summary>
public sealed record InvertedIndex(string Language, ImmutableArray<SearchDocument> Documents, ImmutableArray<IndexTerm> Terms,
    ImmutableArray<string> Words)
{
    /// <summary>
    /// Indexes documents of one language. Their order is the order given, which is also the tie-break
    /// in the results; <see cref="SearchIndexProducer"/> sorts them by type and URL first.
    /// </summary>
    public static InvertedIndex Build(string language, ImmutableArray<SearchDocument> documents)
    {
        var tokenizer = new Tokenizer(language);
        var counted = documents.AsParallel().AsOrdered().Select(d => Counts.GetValue(d, _ => Count(tokenizer, d))).ToList();
        var averageBodyLength = counted.Count == 0 ? 1 : counted.Average(c => c.BodyLength);

        var postings = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var id = 0; id < counted.Count; id++)
        {
            var (frequencies, bodyLength, surfaces) = counted[id];
            words.UnionWith(surfaces);
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
        return new InvertedIndex(language, documents, [.. terms], [.. words.Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The counts of each document, kept while the document is: the preview keeps the documents of the pages it
    /// did not render again, and a document's counts depend on nothing else (its language picks the tokenizer).
    /// </summary>
    static readonly ConditionalWeakTable<SearchDocument, Counted> Counts = new();

    /// <summary>
    /// Each term's weighted count in the short fields and its count in the body; the body's length in terms;
    /// the surface forms of its words.
    /// </summary>
    static Counted Count(Tokenizer tokenizer, SearchDocument document)
    {
        var frequencies = new Dictionary<string, (double Fields, int Body)>(StringComparer.Ordinal);
        var surfaces = new HashSet<string>(StringComparer.Ordinal);
        var bodyLength = 0;

        void AddField(string text, double weight)
        {
            foreach (var token in tokenizer.Tokens(text))
            {
                var (fields, body) = frequencies.GetValueOrDefault(token.Term);
                frequencies[token.Term] = (fields + weight, body);
                surfaces.Add(token.Surface);
            }
        }

        void AddBody(string text)
        {
            foreach (var token in tokenizer.Tokens(text))
            {
                var (fields, body) = frequencies.GetValueOrDefault(token.Term);
                frequencies[token.Term] = (fields, body + 1);
                surfaces.Add(token.Surface);
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

        return new Counted(frequencies, bodyLength, surfaces);
    }

    /// <summary>What <see cref="Count"/> found in one document; read only once made.</summary>
    sealed record Counted(Dictionary<string, (double Fields, int Body)> Frequencies, int BodyLength, HashSet<string> Surfaces);
}

/// <summary>A term with the documents that hold it.</summary>
public sealed record IndexTerm(string Term, ImmutableArray<Posting> Postings);
