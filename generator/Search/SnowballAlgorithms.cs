namespace Portfolio.Search;

/// <summary>
/// Which Snowball stemmer a language uses. The stemmers are vendored in <c>Snowball/</c>, generated with the
/// JavaScript ones the client loads (<c>assets/js/snowball/&lt;algorithm&gt;.js</c>) from the same official
/// sources, so both sides stem alike. A language without one is searched by folded words only.
/// </summary>
public static class SnowballAlgorithms
{
    /// <summary>The algorithm's name (<c>english</c>) for a language tag (<c>en</c>, <c>pt-BR</c>), or null.</summary>
    public static string? For(string language) => language.Split('-')[0].ToLowerInvariant() switch
    {
        "en" => "english",
        "es" => "spanish",
        "pt" => "portuguese",
        _ => null,
    };

    /// <summary>A new stemmer: an instance keeps the word it works on, so it must not be shared between threads.</summary>
    public static Snowball.Stemmer Create(string algorithm) => algorithm switch
    {
        "english" => new Snowball.EnglishStemmer(),
        "spanish" => new Snowball.SpanishStemmer(),
        "portuguese" => new Snowball.PortugueseStemmer(),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "no such Snowball stemmer is vendored"),
    };
}
