using Portfolio.Search;

namespace Portfolio.Tests.Search;

/// <summary>The index (C#) and the browser (JS) must fold words identically, or a query misses what the page shows.</summary>
public sealed class FoldingAgreementTests
{
    static readonly string[] TrickyWords =
    [
        "Control Cívico", "ANONIMIZACIÓN", "anonimización", "São Paulo", "Conceição", "Ñandú", "Mário Gulich", "Córdoba",
        "Straße", "STRASSE", "ẞ", "Ærø", "Œuvre", "Łódź", "Đorđe", "Þór", "ħ", "naïve café", "Ångström", "über",
        "e\u0301", "ﬁnancial", "ﬀ", "ＦＵＬＬ", "x²", "½", "Ⅻ", "Ⓐ", "ĳ", "ǅ", "𝐁𝐨𝐥𝐝",
        "İstanbul", "ıslak", "ΟΔΟΣ", "Σίσυφος", "co‑design", "co-production", "l’eau", "don't", "2021-22",
        "a\u200Bb", "🙂 emoji", "日本語テキスト", "한국어", "𐐀𐐁", "ﷺ",
        new string('a', 39) + "𐐀", new string('x', 60), "UN-Habitat", "ProsperIA", "IA²", "#datos_abiertos",
    ];

    [SkippableFact]
    public void Csharp_and_javascript_fold_and_split_every_tricky_word_the_same_way()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        var answers = NodeEngine.Run(new { mode = "fold", texts = TrickyWords }).AsArray();

        Assert.Equal(TrickyWords.Length, answers.Count);
        for (var i = 0; i < TrickyWords.Length; i++)
        {
            var folded = SearchText.Fold(TrickyWords[i]);
            var javascriptWords = answers[i]!["words"]!.AsArray().Select(w => (string)w!).ToArray();
            Assert.True(folded == (string)answers[i]!["fold"]!, $"'{TrickyWords[i]}' folds to '{folded}' in C# but '{answers[i]!["fold"]}' in JS");
            Assert.Equal(SearchText.Words(folded).ToArray(), javascriptWords);
        }
    }
}
