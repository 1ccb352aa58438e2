using System.Collections.Frozen;

namespace Portfolio.Search;

/// <summary>
/// Turns a document's text into index terms for one language: folded words (see <see cref="SearchText"/>)
/// of at least <see cref="MinTermLength"/> characters, without that language's stop words, each brought to
/// its term by <see cref="WordForms"/> (one spelling, then its stem). A hyphenated compound also yields its
/// joined form, so "co-design" is found by "codesign" as well as by "co design".
/// </summary>
public sealed class Tokenizer(string language)
{
    /// <summary>Shorter words are neither indexed nor searched; the client applies the same bound.</summary>
    public const int MinTermLength = 2;

    readonly FrozenSet<string> stopWords = StopWords.For(language).ToFrozenSet(StringComparer.Ordinal);

    public WordForms Forms { get; } = new(language);

    public bool IsStopWord(string term) => stopWords.Contains(term);

    /// <summary>The index terms of a text, in order.</summary>
    public List<string> Terms(string text) => [.. Tokens(text).Select(t => t.Term)];

    /// <summary>The words of a text that are searched, in order, each with its surface form and term.</summary>
    public IEnumerable<WordForm> Tokens(string text)
    {
        foreach (var word in WordsWithCompounds(SearchText.Fold(text)))
        {
            if (word.Length >= MinTermLength && !stopWords.Contains(word))
            {
                yield return Forms.Of(word);
            }
        }
    }

    /// <summary>Each word, and after a hyphenated run of words (<c>co-design</c>) the run joined (<c>codesign</c>).</summary>
    static IEnumerable<string> WordsWithCompounds(string folded)
    {
        var run = new List<string>();
        var previousEnd = -1;
        foreach (var range in SearchText.WordRanges(folded))
        {
            var (start, length) = range.GetOffsetAndLength(folded.Length);
            var joinsPrevious = previousEnd >= 0 && start - previousEnd == 1 && IsHyphen(folded[previousEnd]);
            if (!joinsPrevious && run.Count > 0)
            {
                foreach (var word in run)
                {
                    yield return word;
                }

                if (run.Count > 1)
                {
                    yield return SearchText.Cut(string.Concat(run));
                }

                run.Clear();
            }

            run.Add(SearchText.Cut(folded[range]));
            previousEnd = start + length;
        }

        foreach (var word in run)
        {
            yield return word;
        }

        if (run.Count > 1)
        {
            yield return SearchText.Cut(string.Concat(run));
        }
    }

    static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
}
