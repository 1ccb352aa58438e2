using System.Collections.Concurrent;

namespace Portfolio.Search;

/// <summary>
/// What a folded word (see <see cref="SearchText"/>) becomes in one language's index, exactly as the client
/// computes it in <c>search-engine.js</c>: its <see cref="Surface"/> form, one spelling of it
/// (<see cref="SpellingVariants"/>, folded again), which typo tolerance compares letter by letter; and its
/// <see cref="Term"/>, that spelling stemmed by the language's Snowball stemmer and folded, under which the
/// index files its postings. The word comes folded, so one typed without accents stems as the page's accented
/// one does; the spelling rules put back the accents the Portuguese stemmer reads. Safe to share between threads.
/// </summary>
public sealed class WordForms
{
    readonly SpellingVariants spellings;
    readonly string? algorithm;
    readonly ConcurrentDictionary<string, WordForm> known = new(StringComparer.Ordinal);

    public WordForms(string language)
    {
        spellings = SpellingVariants.For(language);
        algorithm = SnowballAlgorithms.For(language);
    }

    public SpellingVariants Spellings => spellings;

    /// <summary>The Snowball algorithm used, or null when words are not stemmed.</summary>
    public string? Algorithm => algorithm;

    public string Surface(string word) => Of(word).Surface;

    public string Term(string word) => Of(word).Term;

    public WordForm Of(string word) => known.TryGetValue(word, out var form) ? form : known.GetOrAdd(word, Compute(word));

    WordForm Compute(string word)
    {
        var spelled = spellings.Apply(word);
        var surface = SearchText.Fold(spelled);
        // The stemmer reads the accents the spelling rules put back (Portuguese "-ção"), so it gets the unfolded form.
        var stem = algorithm is null ? spelled : SnowballAlgorithms.Create(algorithm).Stem(spelled);
        return new WordForm(surface, SearchText.Fold(stem));
    }
}

/// <summary>A word's one spelling (folded) and its index term.</summary>
public readonly record struct WordForm(string Surface, string Term);
