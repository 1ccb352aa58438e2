using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Portfolio.Search;

/// <summary>
/// Function words left out of the index, per language, already folded (no accents). They are chosen
/// by a document's language, never pooled, so an English "un" (the UN) or "con" is still found. Words
/// that double as common acronyms in this field (who, it, us) are kept in the English list's stead.
/// The index publishes its language's list so the client drops the same words from a query.
/// </summary>
public static class StopWords
{
    static readonly FrozenDictionary<string, ImmutableArray<string>> Lists = new Dictionary<string, ImmutableArray<string>>
    {
        ["en"] =
        [
            "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been",
            "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
            "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
            "hers", "him", "his", "how", "i", "if", "in", "into", "is", "its", "itself", "just", "me", "more", "most",
            "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out",
            "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
            "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
            "very", "was", "we", "were", "what", "when", "where", "which", "while", "whom", "why", "will", "with",
            "would", "you", "your", "yours",
        ],
        ["es"] =
        [
            "a", "al", "algo", "algunas", "algunos", "ante", "antes", "como", "con", "contra", "cual", "cuando", "de",
            "del", "desde", "donde", "durante", "e", "el", "ella", "ellas", "ellos", "en", "entre", "era", "eran", "es",
            "esa", "esas", "ese", "eso", "esos", "esta", "estas", "este", "esto", "estos", "fue", "fueron", "ha", "han",
            "hasta", "hay", "la", "las", "le", "les", "lo", "los", "mas", "me", "mi", "mis", "muy", "ni", "no", "nos",
            "o", "otra", "otras", "otro", "otros", "para", "pero", "poco", "por", "porque", "que", "quien", "quienes",
            "se", "sea", "segun", "ser", "si", "sin", "sobre", "son", "su", "sus", "tambien", "te", "tiene", "tienen",
            "todo", "todos", "tu", "tus", "u", "un", "una", "unas", "uno", "unos", "y", "ya", "yo",
        ],
        ["pt"] =
        [
            "a", "ao", "aos", "as", "com", "como", "da", "das", "de", "do", "dos", "e", "ela", "elas", "ele", "eles",
            "em", "entre", "era", "essa", "essas", "esse", "esses", "esta", "estas", "este", "estes", "eu", "foi",
            "foram", "ha", "isso", "isto", "ja", "la", "mais", "mas", "me", "mesmo", "muito", "na", "nas", "nao",
            "nem", "no", "nos", "o", "os", "ou", "para", "pela", "pelas", "pelo", "pelos", "por", "quando", "que",
            "quem", "se", "sem", "ser", "seu", "seus", "so", "sua", "suas", "tambem", "te", "tem", "um", "uma", "umas",
            "uns", "voce",
        ],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The stop words of a language (<c>en</c>, <c>es-AR</c>), sorted; none for a language without a list.</summary>
    public static ImmutableArray<string> For(string language)
    {
        var primary = language.Split('-')[0].ToLowerInvariant();
        return Lists.TryGetValue(primary, out var words) ? [.. words.Order(StringComparer.Ordinal)] : [];
    }
}
