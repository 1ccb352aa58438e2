using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Portfolio.Search;

/// <summary>
/// Spellings that differ between varieties of a language, brought to one form before stemming so that either
/// finds the other: British "anonymisation", "organisation", "programme", "behaviour", "centre" meet American
/// "anonymization", "organization", "program", "behavior", "center". For Portuguese the table puts back the
/// accents of the endings the stemmer reads ("informacao" becomes "informação"), because readers type them
/// without and the index folds them away. Rules apply to folded words (see <see cref="SearchText"/>), on both
/// sides: the index applies them here, and publishes them in its manifest for the client
/// (<c>search-engine.js</c>), so the two cannot drift apart.
/// </summary>
/// <remarks>
/// A word found in <see cref="Words"/> is replaced whole. Otherwise the longest matching <see cref="Beginnings"/>
/// rule replaces the start of the word, then the longest matching <see cref="Endings"/> rule its end, provided at
/// least <see cref="MinimumStem"/> letters stay before the ending (so "prise" does not become "prize"). Since
/// every word of the index and of a query goes through the same rules, a rule can only do harm by making two
/// different words one; the general endings (-ise, -yse, -ogue) were chosen because such pairs are rare
/// ("promise" becomes "promize" on both sides, which finds the same pages).
/// </remarks>
public sealed class SpellingVariants
{
    /// <summary>Letters an ending rule leaves before the ending, at least.</summary>
    public const int MinimumStem = 3;

    public static readonly SpellingVariants None = new([], [], []);

    readonly FrozenDictionary<string, string> words;

    SpellingVariants(ImmutableArray<SpellingRule> words, ImmutableArray<SpellingRule> beginnings, ImmutableArray<SpellingRule> endings)
    {
        Words = words;
        Beginnings = beginnings;
        Endings = endings;
        this.words = words.ToFrozenDictionary(r => r.From, r => r.To, StringComparer.Ordinal);
    }

    /// <summary>Whole words and their one spelling, longest first.</summary>
    public ImmutableArray<SpellingRule> Words { get; }

    /// <summary>Beginnings of words and their one spelling, longest first.</summary>
    public ImmutableArray<SpellingRule> Beginnings { get; }

    /// <summary>Endings of words and their one spelling, longest first.</summary>
    public ImmutableArray<SpellingRule> Endings { get; }

    /// <summary>The table of a language (<c>en</c>, <c>pt-BR</c>), or none for a language without one.</summary>
    public static SpellingVariants For(string language) => SpellingTables.For(language.Split('-')[0].ToLowerInvariant());

    /// <summary>A table from rules in any order; they are kept longest first, the order they are tried in.</summary>
    public static SpellingVariants Of(IEnumerable<(string From, string To)> words, IEnumerable<(string From, string To)> beginnings,
        IEnumerable<(string From, string To)> endings) => new(Ordered(words), Ordered(beginnings), Ordered(endings));

    /// <summary>A folded word in its one spelling.</summary>
    public string Apply(string word)
    {
        if (words.TryGetValue(word, out var whole))
        {
            return whole;
        }

        foreach (var rule in Beginnings)
        {
            if (word.StartsWith(rule.From, StringComparison.Ordinal))
            {
                word = rule.To + word[rule.From.Length..];
                break;
            }
        }

        foreach (var rule in Endings)
        {
            if (word.Length - rule.From.Length >= MinimumStem && word.EndsWith(rule.From, StringComparison.Ordinal))
            {
                return word[..^rule.From.Length] + rule.To;
            }
        }

        return word;
    }

    public bool IsEmpty => Words.IsEmpty && Beginnings.IsEmpty && Endings.IsEmpty;

    static ImmutableArray<SpellingRule> Ordered(IEnumerable<(string From, string To)> rules) =>
        [.. rules.Select(r => new SpellingRule(r.From, r.To)).OrderByDescending(r => r.From.Length).ThenBy(r => r.From, StringComparer.Ordinal)];
}

/// <summary>One spelling and the form it is brought to.</summary>
public sealed record SpellingRule(string From, string To);
