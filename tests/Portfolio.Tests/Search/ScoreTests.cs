using Portfolio.Search;

namespace Portfolio.Tests.Search;

/// <summary>The score stored with each posting, before the client weighs it by the term's rarity.</summary>
public sealed class ScoreTests
{
    const double Average = 300;

    [Fact]
    public void A_title_word_outscores_the_same_word_said_several_times_in_the_body() =>
        Assert.True(Ranking.Score(Ranking.TitleWeight, 0, 300, Average) > Ranking.Score(0, 5, 300, Average));

    [Fact]
    public void Repeating_a_word_helps_less_and_less()
    {
        var once = Ranking.Score(0, 1, 300, Average);
        var twice = Ranking.Score(0, 2, 300, Average);
        var tenTimes = Ranking.Score(0, 10, 300, Average);
        var twentyTimes = Ranking.Score(0, 20, 300, Average);

        Assert.True(twice - once > twentyTimes - tenTimes);
        Assert.True(twentyTimes <= Ranking.ScoreLevels);
    }

    [Fact]
    public void The_same_count_weighs_more_in_a_short_body_than_in_a_long_one() =>
        Assert.True(Ranking.Score(0, 2, 100, Average) > Ranking.Score(0, 2, 2000, Average));

    [Fact]
    public void A_long_body_does_not_discount_a_title_match() =>
        Assert.Equal(Ranking.Score(Ranking.TitleWeight, 0, 100, Average), Ranking.Score(Ranking.TitleWeight, 0, 5000, Average));

    [Fact]
    public void Every_posting_scores_at_least_one_step() =>
        Assert.Equal(1, Ranking.Score(0, 1, 1_000_000, Average));
}
