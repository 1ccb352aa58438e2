using System.Text.Json.Nodes;
using Portfolio.Tests.Support;
using static Portfolio.Tests.Search.SearchFixture;

namespace Portfolio.Tests.Search;

public sealed class SearchIndexTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    static List<string> Urls(Dictionary<string, Portfolio.Output.OutputFile> files) =>
        [.. Enumerable.Range(0, (int)Manifest(files)["documents"]!).Select(id => (string)Parse(File(files, $"d/{id}.json"))["url"]!)];

    [Fact]
    public void Cases_guide_steps_and_pages_are_indexed_and_listings_are_not()
    {
        var urls = Urls(SearchFiles(site));

        Assert.Equal(["/cases/alpha/", "/cases/beta/", "/guide/first-step/", "/guide/second-step/", "/about/", "/framework/"], urls);
    }

    [Fact]
    public void A_document_holds_what_its_page_shows_under_each_heading_and_not_the_navigation()
    {
        var alpha = Parse(File(SearchFiles(site), "d/0.json"));

        Assert.Equal("Alpha", (string)alpha["title"]!);
        Assert.Equal("Alpha helps clinics find patients at risk.", (string)alpha["summary"]!);
        var sections = alpha["sections"]!.AsArray().Select(s => s!.AsArray().Select(x => (string)x!).ToArray()).ToList();
        Assert.Contains(["what-it-does", "What it does", "Alpha reads records and flags risk."], sections);
        var text = string.Join(' ', sections.SelectMany(s => s));
        Assert.Contains("Alpha Clinic", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Next case", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Edit this page", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Skip to main content", text, StringComparison.Ordinal);
        // The small matrix beside the phases is aria-hidden decoration; its words would match every case.
        Assert.DoesNotContain("Where it sits", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Commission", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_names_its_type_and_the_facet_values_a_result_lists()
    {
        var alpha = Parse(File(SearchFiles(site), "d/0.json"));

        Assert.Equal("Case", (string)alpha["type"]!);
        // Country, level, phases, themes: what the result shows under its title without loading the facets.
        Assert.Equal("Argentina", (string)alpha["meta"]![0]!);
        Assert.Equal(alpha["meta"]!.AsArray().Count, alpha["meta"]!.AsArray().Select(m => (string)m!).Distinct().Count());
    }

    [Fact]
    public void Document_urls_carry_the_base_path_of_a_site_published_in_a_folder()
    {
        site.Write("content/data/site.yml", site.Read("content/data/site.yml").Replace("https://fixture.example.org/", "https://example.org/portfolio/", StringComparison.Ordinal));

        Assert.Equal("/portfolio/cases/alpha/", Urls(SearchFiles(site))[0]);
    }

    [Fact]
    public void Facets_list_each_value_with_its_label_and_documents()
    {
        var facets = Parse(File(SearchFiles(site), "facets.json"))["groups"]!.AsArray();

        Assert.Equal(["type", "country", "theme", "level", "phase", "sector"], facets.Select(g => (string)g!["name"]!));
        Assert.Equal(["Type", "Country"], facets.Take(2).Select(g => (string)g!["label"]!));
        var countries = facets[1]!["values"]!.AsArray();
        Assert.Equal(["Argentina", "Brazil", "Uruguay"], countries.Select(v => (string)v!["name"]!));
        Assert.Equal([0], Documents(countries[0]!));
        Assert.Equal([1], Documents(countries[2]!));
        var types = facets[0]!["values"]!.AsArray();
        Assert.Equal(["case", "guide", "page"], types.Select(v => (string)v!["slug"]!));
        Assert.Equal([4, 5], Documents(types[2]!));
    }

    static List<int> Documents(JsonNode value)
    {
        var bytes = Convert.FromBase64String((string)value["docs"]!);
        return [.. Enumerable.Range(0, bytes.Length * 8).Where(i => (bytes[i >> 3] & (1 << (i & 7))) != 0)];
    }

    [Fact]
    public void Every_term_sits_in_the_shard_the_manifest_points_to()
    {
        var files = SearchFiles(site, shardBytes: 300);
        var firsts = Manifest(files)["shards"]!.AsArray().Select(s => (string)s!).ToList();

        Assert.True(firsts.Count > 3, $"a small target should make several shards, got {firsts.Count}");
        for (var i = 0; i < firsts.Count; i++)
        {
            var terms = Parse(File(files, $"t/{i}.json"))["terms"]!.AsArray().Select(t => (string)t!).ToList();
            Assert.Equal(firsts[i], terms[0]);
            Assert.Equal(terms.Order(StringComparer.Ordinal), terms);
            if (i + 1 < firsts.Count)
            {
                Assert.True(string.CompareOrdinal(terms[^1], firsts[i + 1]) < 0);
            }
        }
    }

    [Fact]
    public void Every_neighbourhood_key_sits_in_the_word_shard_the_manifest_points_to()
    {
        var files = SearchFiles(site, shardBytes: 300);
        var firsts = Manifest(files)["wordShards"]!.AsArray().Select(s => (string)s!).ToList();

        Assert.True(firsts.Count > 3, $"a small target should make several word shards, got {firsts.Count}");
        var keys = new List<string>();
        for (var i = 0; i < firsts.Count; i++)
        {
            var shard = Parse(File(files, $"w/{i}.json"));
            var shardKeys = shard["keys"]!.AsArray().Select(k => (string)k!).ToList();
            Assert.Equal(firsts[i], shardKeys[0]);
            Assert.Equal(shardKeys.Count, shard["words"]!.AsArray().Count);
            keys.AddRange(shardKeys);
        }

        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        // "clinics" is filed under itself and under "clinic", one deletion away; "risk" (four letters) too; "at" is too short.
        Assert.Contains("clinics", keys);
        Assert.Contains("clinic", keys);
        Assert.Contains("risk", keys);
        Assert.DoesNotContain("at", keys);
    }

    [Fact]
    public void The_manifest_says_how_words_become_terms()
    {
        var manifest = Manifest(SearchFiles(site));

        Assert.Equal(2, (int)manifest["format"]!);
        Assert.Equal("english", (string)manifest["stemmer"]!);
        Assert.Equal(4, (int)manifest["minWordLength"]!);
        var spellings = manifest["spellings"]!;
        Assert.Contains(spellings["words"]!.AsArray(), r => (string)r![0]! == "programme" && (string)r[1]! == "program");
        Assert.Contains(spellings["endings"]!.AsArray(), r => (string)r![0]! == "isation" && (string)r[1]! == "ization");
        Assert.Equal(3, (int)spellings["minimumStem"]!);
    }

    [Fact]
    public void Stop_words_are_published_and_left_out_of_the_index()
    {
        var files = SearchFiles(site);
        var stopWords = Manifest(files)["stopWords"]!.AsArray().Select(w => (string)w!).ToList();
        var terms = Manifest(files)["shards"]!.AsArray().Select((_, i) => Parse(File(files, $"t/{i}.json"))["terms"]!.AsArray())
            .SelectMany(t => t).Select(t => (string)t!).ToList();

        Assert.Contains("the", stopWords);
        Assert.DoesNotContain("the", terms);
        Assert.Contains("clinic", terms);
    }

    [Fact]
    public void The_index_is_byte_identical_from_build_to_build()
    {
        var first = SearchFiles(site);
        var second = SearchFiles(site);

        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Portfolio.Tests.Shared.Every.Item(first, f => Assert.Equal(f.Value.Bytes, second[f.Key].Bytes));
    }

    [Fact]
    public void A_changed_case_moves_the_index_to_a_new_folder_so_caches_never_mix_builds()
    {
        var before = (string)Manifest(SearchFiles(site))["files"]!;
        site.Write("content/cases/alpha.md", site.Read("content/cases/alpha.md").Replace("flags risk", "flags danger", StringComparison.Ordinal));

        Assert.NotEqual(before, (string)Manifest(SearchFiles(site))["files"]!);
    }

    [Fact]
    public void The_search_page_points_at_the_index_of_the_site_language()
    {
        site.BuildClean();

        var root = site.Page("/search/").QuerySelector("[data-search]")!;
        Assert.Equal("/search/en/index.json", root.GetAttribute("data-index"));
        Assert.True(System.IO.File.Exists(Path.Combine(site.OutputDir, "search", "en", "index.json")));
        Assert.NotNull(site.Page("/search/").QuerySelector("label[for='search-page-input']"));
    }
}
