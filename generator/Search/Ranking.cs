namespace Portfolio.Search;

/// <summary>
/// How much a word counts where it appears, and the BM25F constants that turn counts into the score
/// stored with each posting. The client multiplies that score by the term's rarity (idf) at query
/// time, so a word in a title outweighs the same word repeated in the body, and rare words outweigh
/// common ones. A posting's score is stored in <see cref="ScoreLevels"/> steps (one character).
/// </summary>
public static class Ranking
{
    public const double TitleWeight = 10;
    public const double SummaryWeight = 4;
    public const double HeadingWeight = 4;
    public const double BodyWeight = 1;

    /// <summary>How fast repeated occurrences stop adding to the score.</summary>
    public const double K1 = 1.2;

    /// <summary>How much a long body's counts are discounted (titles, summaries and headings are short and are not).</summary>
    public const double B = 0.75;

    /// <summary>Scores are quantised to 1..63, one base-64 character per posting.</summary>
    public const int ScoreLevels = 63;

    /// <summary>
    /// The BM25F score of a term in a document, quantised: <paramref name="fieldFrequency"/> is its count in
    /// the title, summary and headings times their weights, <paramref name="bodyFrequency"/> its count in the body.
    /// </summary>
    public static int Score(double fieldFrequency, int bodyFrequency, int bodyLength, double averageBodyLength)
    {
        var norm = 1 - B + (B * bodyLength / Math.Max(averageBodyLength, 1));
        var frequency = fieldFrequency + (BodyWeight * bodyFrequency / norm);
        var score = frequency * (K1 + 1) / (frequency + K1);
        return Math.Clamp((int)Math.Round(score / (K1 + 1) * ScoreLevels, MidpointRounding.AwayFromZero), 1, ScoreLevels);
    }
}
