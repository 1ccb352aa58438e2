using System.Text.Json.Nodes;
using Portfolio.Output;
using Portfolio.Pipeline;
using Portfolio.Search;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Search;

/// <summary>Builds fixture sites with extra cases and reads their search index files.</summary>
public static class SearchFixture
{
    /// <summary>A valid case file with the given title, summary, country, theme and body.</summary>
    public static string Case(string title, string summary, string body, string country = "AR", string theme = "health", string level = "group") => $"""
        ---
        title: "{title}"
        summary: "{summary}"
        countries: [{country}]
        themes: [{theme}]
        partners:
          - name: Fixture Partner
            sector: government
        coproduction:
          level: {level}
          phases: [co-design]
        beneficiaries:
          direct: [Fixture users]
        sources:
          - label: Fixture source
            url: https://example.org/source
        ---
        {body}
        """;

    /// <summary>Builds without writing and returns the search files by path.</summary>
    public static Dictionary<string, OutputFile> SearchFiles(FixtureSite site, int shardBytes = ShardPlanner.DefaultShardBytes)
    {
        var producers = Producers.Default.Select(p => p is SearchIndexProducer ? new SearchIndexProducer(shardBytes) : p);
        var result = new BuildPipeline([.. producers]).Run(site.Options(), write: false);
        Assert.True(result.ErrorCount == 0, "unexpected errors:\n" + string.Join('\n', result.Diagnostics));
        return result.Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal)).ToDictionary(f => f.Path, StringComparer.Ordinal);
    }

    public static JsonNode Parse(OutputFile file) => JsonNode.Parse(file.Bytes)!;

    public static JsonNode Manifest(Dictionary<string, OutputFile> files) => Parse(files["search/en/index.json"]);

    /// <summary>A file of the index's versioned folder: <c>facets.json</c>, <c>t/0.json</c>, <c>d/3.json</c>.</summary>
    public static OutputFile File(Dictionary<string, OutputFile> files, string name) =>
        files[$"search/en/{(string)Manifest(files)["files"]!}{name}"];
}
