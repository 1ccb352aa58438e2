using Portfolio.Search;

namespace Portfolio.Tests.Search;

public sealed class ShardPlannerTests
{
    static List<EncodedTerm> Terms(int count, int postingLength) =>
        [.. Enumerable.Range(0, count).Select(i => new EncodedTerm($"term{i:D5}", new string('A', postingLength)))];

    [Fact]
    public void Shards_keep_every_term_in_order_and_stay_near_the_target_size()
    {
        var terms = Terms(1000, 100);

        var shards = ShardPlanner.Plan(terms, 4096);

        Assert.Equal(terms, shards.SelectMany(s => s.Terms));
        Portfolio.Tests.Shared.Every.Item(shards, s => Assert.True(s.Terms.Sum(t => t.EstimatedBytes) <= 4096));
        Portfolio.Tests.Shared.Every.Item(shards.SkipLast(1), s => Assert.True(s.Terms.Sum(t => t.EstimatedBytes) > 4096 - 120));
        Assert.Equal(shards.Select(s => s.FirstTerm).Order(StringComparer.Ordinal), shards.Select(s => s.FirstTerm));
    }

    [Fact]
    public void A_term_larger_than_the_target_gets_a_shard_of_its_own()
    {
        List<EncodedTerm> terms = [new("a", "AA"), new("big", new string('A', 10_000)), new("c", "AA")];

        var shards = ShardPlanner.Plan(terms, 1024);

        Assert.Equal(["a", "big", "c"], shards.Select(s => s.FirstTerm));
    }

    [Fact]
    public void No_terms_make_no_shards() => Assert.Empty(ShardPlanner.Plan([], 1024));
}
