using Portfolio.Search;

namespace Portfolio.Tests.Search;

public sealed class PostingCodecTests
{
    [Fact]
    public void Small_gaps_take_two_characters_per_posting()
    {
        var postings = Enumerable.Range(0, 20).Select(i => new Posting(i, 63)).ToList();

        Assert.Equal(40, PostingCodec.Encode(postings).Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1234)]
    public void Postings_survive_a_round_trip(int seed)
    {
        var random = new Random(seed);
        var id = random.Next(0, 40);
        var postings = new List<Posting>();
        for (var i = 0; i < 500; i++)
        {
            postings.Add(new Posting(id, random.Next(1, Ranking.ScoreLevels + 1)));
            id += random.Next(1, i % 50 == 0 ? 2_000_000 : 40);
        }

        Assert.Equal(postings, PostingCodec.Decode(PostingCodec.Encode(postings)));
    }

    [Fact]
    public void Postings_out_of_order_are_refused() =>
        Assert.Throws<ArgumentException>(() => PostingCodec.Encode([new Posting(5, 1), new Posting(3, 1)]));

    [Fact]
    public void Encoded_postings_use_only_json_and_url_safe_characters() =>
        Assert.Matches("^[A-Za-z0-9_-]+$", PostingCodec.Encode([new Posting(0, 1), new Posting(99_999, 63)]));
}
