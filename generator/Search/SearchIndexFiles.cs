using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Portfolio.Output;

namespace Portfolio.Search;

/// <summary>
/// Lays an index out as static files under <c>search/&lt;language&gt;/</c>:
/// <list type="bullet">
/// <item><c>index.json</c>, the manifest: document count, how words become terms (stop words, spelling
/// variants, the Snowball stemmer's name), the first key of every shard, and the folder the other files are in,
/// named by their hash so a cache never mixes two builds;</item>
/// <item><c>&lt;hash&gt;/facets.json</c>: facet labels, values and their documents as base-64 bit sets;</item>
/// <item><c>&lt;hash&gt;/t/&lt;n&gt;.json</c>: term shard n, terms and their encoded postings;</item>
/// <item><c>&lt;hash&gt;/w/&lt;n&gt;.json</c>: word shard n, keys of the <see cref="WordNeighbourhood"/> and their words;</item>
/// <item><c>&lt;hash&gt;/d/&lt;id&gt;.json</c>: one document's URL, title, summary, type and facet names, and sections, for the result and its snippet.</item>
/// </list>
/// </summary>
public sealed class SearchIndexFiles(Func<string, string> groupLabel, int shardBytes = ShardPlanner.DefaultShardBytes)
{
    public const int Format = 2;

    static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Each document's fragment, kept while the document is (the preview keeps those of pages it did not render again).</summary>
    static readonly ConditionalWeakTable<SearchDocument, byte[]> Fragments = new();

    /// <summary>The manifest's path for a language: <c>search/en/index.json</c>.</summary>
    public static string ManifestPath(string language) => $"search/{language}/index.json";

    public ImmutableArray<OutputFile> Write(InvertedIndex index)
    {
        var encoded = index.Terms.AsParallel().AsOrdered().Select(t => new EncodedTerm(t.Term, PostingCodec.Encode(t.Postings))).ToList();
        var shards = ShardPlanner.Plan(encoded, shardBytes);
        var wordShards = ShardPlanner.Plan(WordNeighbourhood.Build(index.Words), shardBytes);

        var files = new List<(string Name, byte[] Bytes)> { ("facets.json", Facets(FacetTable.Build(index.Documents))) };
        files.AddRange(shards.Select((shard, i) => ($"t/{i}.json", Shard(shard, "terms", "postings"))));
        files.AddRange(wordShards.Select((shard, i) => ($"w/{i}.json", Shard(shard, "keys", "words"))));
        files.AddRange(index.Documents.AsParallel().AsOrdered().Select((document, id) => ($"d/{id}.json", Fragments.GetValue(document, Fragment))));

        var version = Version(files);
        var folder = $"search/{index.Language}/";
        return
        [
            new OutputFile(ManifestPath(index.Language), Manifest(index, shards, wordShards, version)),
            .. files.Select(f => new OutputFile($"{folder}{version}/{f.Name}", f.Bytes)),
        ];
    }

    static byte[] Manifest(InvertedIndex index, ImmutableArray<TermShard> shards, ImmutableArray<TermShard> wordShards, string version) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("format", Format);
        json.WriteString("language", index.Language);
        json.WriteNumber("documents", index.Documents.Length);
        json.WriteString("files", version + "/");
        json.WriteNumber("minTermLength", Tokenizer.MinTermLength);
        json.WriteNumber("minWordLength", WordNeighbourhood.MinWordLength);
        WriteStrings(json, "stopWords", StopWords.For(index.Language));
        if (SnowballAlgorithms.For(index.Language) is { } stemmer)
        {
            json.WriteString("stemmer", stemmer);
        }

        WriteSpellings(json, SpellingVariants.For(index.Language));
        WriteStrings(json, "shards", shards.Select(s => s.FirstTerm));
        WriteStrings(json, "wordShards", wordShards.Select(s => s.FirstTerm));
        json.WriteEndObject();
    });

    /// <summary>The spelling rules as <c>{"words": [[from, to], …], "beginnings": …, "endings": …, "minimumStem": 3}</c>, in the order they are tried.</summary>
    static void WriteSpellings(Utf8JsonWriter json, SpellingVariants spellings)
    {
        json.WriteStartObject("spellings");
        foreach (var (name, rules) in new[] { ("words", spellings.Words), ("beginnings", spellings.Beginnings), ("endings", spellings.Endings) })
        {
            json.WriteStartArray(name);
            foreach (var rule in rules)
            {
                json.WriteStartArray();
                json.WriteStringValue(rule.From);
                json.WriteStringValue(rule.To);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        json.WriteNumber("minimumStem", SpellingVariants.MinimumStem);
        json.WriteEndObject();
    }

    byte[] Facets(FacetTable table) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("groups");
        foreach (var group in table.Groups)
        {
            json.WriteStartObject();
            json.WriteString("name", group.Group);
            json.WriteString("label", groupLabel(group.Group));
            json.WriteStartArray("values");
            foreach (var value in group.Values)
            {
                json.WriteStartObject();
                json.WriteString("slug", value.Slug);
                json.WriteString("name", value.Name);
                json.WriteString("docs", Convert.ToBase64String(value.Documents.AsSpan()));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>A shard as two parallel arrays: its keys (terms, or neighbourhood keys) and their values.</summary>
    static byte[] Shard(TermShard shard, string keys, string values) => Write(json =>
    {
        json.WriteStartObject();
        WriteStrings(json, keys, shard.Terms.Select(t => t.Term));
        WriteStrings(json, values, shard.Terms.Select(t => t.Postings));
        json.WriteEndObject();
    });

    /// <summary>
    /// A document as a result shows it: its link, title and summary, its type's name and the facet values listed
    /// under its title (so results need no <c>facets.json</c>, which loads only when the filters are shown),
    /// and its sections for the snippet.
    /// </summary>
    static byte[] Fragment(SearchDocument document) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("url", document.Url);
        json.WriteString("title", document.Title);
        json.WriteString("summary", document.Summary);
        json.WriteString("type", document.Facets.FirstOrDefault(f => f.Group == FacetGroups.Type)?.Name ?? "");
        WriteStrings(json, "meta", FacetGroups.Listed.SelectMany(group => document.Facets.Where(f => f.Group == group)
            .Select(f => f.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)));
        json.WriteStartArray("sections");
        foreach (var section in document.Sections)
        {
            json.WriteStartArray();
            json.WriteStringValue(section.Anchor);
            json.WriteStringValue(section.Heading);
            json.WriteStringValue(section.Text);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Json))
        {
            write(json);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The first ten hex digits of a hash over every file's name and bytes.</summary>
    static string Version(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
    }
}
