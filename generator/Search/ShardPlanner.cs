using System.Collections.Immutable;

namespace Portfolio.Search;

/// <summary>
/// Cuts the sorted term list into shards of about <c>targetBytes</c> each, so a query downloads only the
/// shards whose term range holds its words (Pagefind's approach). A shard is known by its first term; the
/// client finds the shards for a word or prefix by binary search over those first terms in the manifest.
/// A term is never split: one whose postings alone pass the target gets a shard of its own.
/// </summary>
public static class ShardPlanner
{
    /// <summary>About 12 KB before compression: one or two round trips on a slow link, a few dozen shards per thousand cases.</summary>
    public const int DefaultShardBytes = 12 * 1024;

    public static ImmutableArray<TermShard> Plan(IReadOnlyList<EncodedTerm> terms, int targetBytes)
    {
        var shards = ImmutableArray.CreateBuilder<TermShard>();
        var current = ImmutableArray.CreateBuilder<EncodedTerm>();
        var size = 0;
        foreach (var term in terms)
        {
            var bytes = term.EstimatedBytes;
            if (current.Count > 0 && size + bytes > targetBytes)
            {
                shards.Add(new TermShard(current.ToImmutable()));
                current.Clear();
                size = 0;
            }

            current.Add(term);
            size += bytes;
        }

        if (current.Count > 0)
        {
            shards.Add(new TermShard(current.ToImmutable()));
        }

        return shards.ToImmutable();
    }
}

/// <summary>
/// A key and its value as a shard file holds them: a term with its postings encoded by <see cref="PostingCodec"/>,
/// or a key of the <see cref="WordNeighbourhood"/> with its words.
/// </summary>
public sealed record EncodedTerm(string Term, string Postings)
{
    /// <summary>Roughly what the term takes in a shard file: both strings, quotes and commas.</summary>
    public int EstimatedBytes => System.Text.Encoding.UTF8.GetByteCount(Term) + Postings.Length + 6;
}

/// <summary>A run of consecutive terms published as one file.</summary>
public sealed record TermShard(ImmutableArray<EncodedTerm> Terms)
{
    public string FirstTerm => Terms[0].Term;
}
