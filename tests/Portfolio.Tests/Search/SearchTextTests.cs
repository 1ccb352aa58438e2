using Portfolio.Search;

namespace Portfolio.Tests.Search;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Control Cívico", "control civico")]
    [InlineData("ANONIMIZACIÓN", "anonimizacion")]
    [InlineData("São Paulo", "sao paulo")]
    [InlineData("Conceição", "conceicao")]
    [InlineData("Ñandú", "nandu")]
    [InlineData("Straße", "strasse")]
    [InlineData("Łódź", "lodz")]
    [InlineData("ﬁnancial", "financial")]
    [InlineData("ＦＵＬＬ", "full")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("ΟΔΟΣ", "οδοσ")]
    public void Folding_removes_case_accents_and_compatibility_forms(string text, string folded) =>
        Assert.Equal(folded, SearchText.Fold(text));

    [Fact]
    public void Accent_free_and_accented_spellings_fold_to_the_same_word()
    {
        Assert.Equal(SearchText.Fold("civico"), SearchText.Fold("Cívico"));
        Assert.Equal(SearchText.Fold("anonimizacion"), SearchText.Fold("anonimización"));
        Assert.Equal(SearchText.Fold("informacao"), SearchText.Fold("Informação"));
    }

    [Fact]
    public void Words_are_runs_of_letters_and_digits()
    {
        Assert.Equal(["l", "eau", "don", "t", "co", "design", "2021", "22", "ia2"], SearchText.Words(SearchText.Fold("l’eau, don't co-design 2021-22 IA2")));
    }

    [Fact]
    public void Long_words_are_cut_without_splitting_a_surrogate_pair()
    {
        Assert.Equal([new string('x', SearchText.MaxWordLength)], SearchText.Words(new string('x', 60)));

        var astral = SearchText.Words(SearchText.Fold(new string('a', 39) + "𐐀")).Single();
        Assert.Equal(new string('a', 39), astral);
    }
}
