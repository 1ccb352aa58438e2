using Portfolio.Tests.Shared;
using Portfolio.Search;

namespace Portfolio.Tests.Search;

public sealed class WordNeighbourhoodTests
{
    static Dictionary<string, List<string>> Keys(params string[] words) =>
        WordNeighbourhood.Build(words).ToDictionary(k => k.Term, k => WordNeighbourhood.Decode(k.Term, k.Postings).ToList(), StringComparer.Ordinal);

    [Fact]
    public void A_word_is_filed_under_itself_and_each_deletion()
    {
        var keys = Keys("water");

        Assert.Equal(["ater", "waer", "wate", "water", "watr", "wter"], keys.Keys);
        Every.Item(keys.Values, words => Assert.Equal(["water"], words));
    }

    [Fact]
    public void Keys_are_sorted_and_list_their_words_as_insertions()
    {
        var built = WordNeighbourhood.Build(["water", "wafer", "later"]);

        Assert.Equal(built.Select(k => k.Term).Order(StringComparer.Ordinal), built.Select(k => k.Term));
        Assert.Equal("Cf", built.Single(k => k.Term == "waer").Postings.Split(' ')[0]); // "wafer": an f goes back in at position 2, digit C
        Assert.Equal(["later", "water"], Keys("water", "later")["ater"]);
        Assert.Equal(WordNeighbourhood.Itself, built.Single(k => k.Term == "water").Postings);
    }

    [Theory]
    [InlineData("watr", "water")] // a letter missing
    [InlineData("waterr", "water")] // a letter extra
    [InlineData("wather", "water")]
    [InlineData("eater", "water")] // the first letter wrong
    [InlineData("wtaer", "water")] // two letters swapped
    [InlineData("anonimization", "anonymization")]
    public void Every_word_one_edit_away_shares_a_key_with_the_query(string typed, string word)
    {
        var index = Keys(word);
        var queryKeys = new[] { typed }.Concat(Enumerable.Range(0, typed.Length).Select(i => typed.Remove(i, 1)));

        Assert.Contains(word, queryKeys.Where(index.ContainsKey).SelectMany(k => index[k]));
    }

    [Theory]
    [InlineData("wtr")] // too short to guess from
    [InlineData("2021")] // numbers are not mistyped words
    [InlineData("ia2b")]
    [InlineData("𐐀𐐀𐐀𐐀")]
    public void Short_words_and_words_with_digits_are_not_filed(string word) => Assert.Empty(WordNeighbourhood.Build([word]));

    [Fact]
    public void A_doubled_letter_files_the_word_once_under_the_key_both_deletions_give()
    {
        var keys = Keys("gallery");

        Assert.Equal(["gallery"], keys["galery"]);
        Assert.Equal(7, keys.Count); // itself and six distinct deletions of seven letters
    }
}
