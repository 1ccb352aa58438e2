using System.Text.Json.Nodes;
using Portfolio.Tests.Support;
using static Portfolio.Tests.Search.SearchFixture;

namespace Portfolio.Tests.Search;

/// <summary>Queries run by the site's own client (under node) over an index the generator built.</summary>
public sealed class RankingTests : IDisposable
{
    readonly FixtureSite site = new();

    public RankingTests()
    {
        site.Write("content/cases/flood-maps.md", Case("Flood Maps", "Maps that show where rivers overflow.", "## What it does\n\nIt draws maps for the flood office.", "UY", "water"));
        site.Write("content/cases/river-watch.md", Case("River Watch", "Sensors along the river.", "## What it does\n\nIt warns towns before a flood, and its data feed the flow model.", "BR", "water", "individual"));
        site.Write("content/cases/garden.md", Case("Garden Census", "Counting community gardens.", "## What it does\n\nVolunteers count flowers and vegetables.", "AR", "health"));
        site.Write("content/cases/control.md", Case("Control Cívico Fixture", "A bot that publishes contracts.", "## The data\n\nIt needs the anonimización de sentencias before publishing.", "PY", "health", "individual"));
    }

    public void Dispose() => site.Dispose();

    JsonArray Search(params object[] queries)
    {
        site.BuildClean();
        var manifest = Path.Combine(site.OutputDir, "search", "en", "index.json");
        return NodeEngine.Run(new { mode = "search", manifest, queries }).AsArray();
    }

    static List<string> Titles(JsonNode answer) => [.. answer["hits"]!.AsArray().Select(h => (string)h!["title"]!)];

    [SkippableFact]
    public void A_word_in_the_title_ranks_above_the_same_word_in_the_body()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        Assert.Equal(["Flood Maps", "River Watch"], Titles(Search(new { q = "flood" })[0]!));
    }

    [SkippableFact]
    public void Accent_free_queries_find_accented_words_and_mark_them()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        var answers = Search(new { q = "civico" }, new { q = "ANONIMIZACION" });

        Assert.Equal("Control Cívico Fixture", Titles(answers[0]!)[0]);
        var anonymisation = answers[1]!["hits"]![0]!;
        Assert.Equal("Control Cívico Fixture", (string)anonymisation["title"]!);
        Assert.Equal("the-data", (string)anonymisation["anchor"]!);
        Assert.Equal(["anonimización"], anonymisation["marks"]!.AsArray().Select(m => (string)m!));
    }

    [SkippableFact]
    public void Every_word_of_the_query_must_match()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        Assert.Equal(["River Watch"], Titles(Search(new { q = "flood towns" })[0]!));
    }

    [SkippableFact]
    public void Words_of_three_letters_or_more_match_as_prefixes_and_whole_words_rank_first()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        var answers = Search(new { q = "flo" }, new { q = "flow" }, new { q = "fl" });

        Assert.Equal(["Flood Maps", "River Watch", "Garden Census"], Titles(answers[0]!));
        Assert.Equal(["River Watch", "Garden Census"], Titles(answers[1]!));
        Assert.Empty(Titles(answers[2]!));
    }

    [SkippableFact]
    public void Stop_words_do_not_change_the_results()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        var answers = Search(new { q = "the flood" }, new { q = "flood" });

        Assert.Equal(Titles(answers[1]!), Titles(answers[0]!));
        Assert.Equal(["flood"], answers[0]!["terms"]!.AsArray().Select(t => (string)t!));
    }

    [SkippableFact]
    public void A_country_facet_narrows_the_results_and_counts_follow_the_query()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        var answers = Search(new { q = "flood" }, new { q = "flood", filters = new Dictionary<string, string[]> { ["country"] = ["uy"] } });

        Assert.Equal(["Flood Maps"], Titles(answers[1]!));
        var countries = answers[0]!["counts"]!["country"]!;
        Assert.Equal(1, (int)countries["uy"]!);
        Assert.Equal(1, (int)countries["br"]!);
        Assert.Equal(0, (int)countries["ar"]!);
        // Ticking Uruguay leaves the other countries' counts as they were: values of one facet combine with "or".
        Assert.Equal(1, (int)answers[1]!["counts"]!["country"]!["br"]!);
    }

    [SkippableFact]
    public void Filters_alone_list_every_matching_document_in_index_order()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        var answer = Search(new { q = "", filters = new Dictionary<string, string[]> { ["theme"] = ["water"], ["level"] = ["individual"] } })[0]!;

        Assert.Equal(["Beta", "River Watch"], Titles(answer));
    }

    [SkippableFact]
    public void Guide_steps_and_pages_are_found_with_their_type()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);

        var hits = Search(new { q = "fixture site" })[0]!["hits"]!.AsArray();

        Assert.Contains(hits, h => (string)h!["url"]! == "/about/" && (string)h["type"]! == "page");
    }
}
