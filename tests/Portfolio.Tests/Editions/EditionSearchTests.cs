using Portfolio.Tests.Shared;
using Portfolio.Tests.Search;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Editions;

/// <summary>Each edition is searched in its own language, by the site's own client (under node) over the index the build made.</summary>
public sealed class EditionSearchTests : IDisposable
{
    readonly FixtureSite site = FixtureSite.OfRepositoryContent();

    public void Dispose() => site.Dispose();

    List<(string Title, string Url)> Found(string language, string query)
    {
        var manifest = Path.Combine(site.OutputDir, "search", language, "index.json");
        var answer = NodeEngine.Run(new { mode = "search", manifest, queries = new[] { new { q = query } } }).AsArray()[0]!;
        return [.. answer["hits"]!.AsArray().Select(h => ((string)h!["title"]!, (string)h["url"]!))];
    }

    [SkippableFact]
    public void Spanish_and_Portuguese_readers_find_cases_in_their_own_words()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);
        site.BuildClean();

        Assert.Contains(Found("es", "agua"), hit => hit.Title.Contains("Dinagua", StringComparison.Ordinal) && hit.Url.StartsWith("/es/", StringComparison.Ordinal));
        Assert.Contains(Found("es", "tribunal"), hit => hit.Url == "/es/cases/ia2/");
        Assert.Contains(Found("pt", "diário oficial"), hit => hit.Url == "/pt/cases/querido-diario/");
        // A plural in -ais finds what its singular finds.
        Assert.True(Found("pt", "oficial").Count > 1);
        Assert.Equal(Found("pt", "oficial").Select(h => h.Url).Order(StringComparer.Ordinal), Found("pt", "oficiais").Select(h => h.Url).Order(StringComparer.Ordinal));

        // The English index holds the English pages only, and the Spanish one the Spanish pages only.
        Assert.DoesNotContain(Found("en", "agua"), hit => hit.Url.StartsWith("/es/", StringComparison.Ordinal));
        Every.Item(Found("es", "datos"), hit => Assert.StartsWith("/es/", hit.Url, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_page_not_translated_yet_is_not_in_the_editions_index_but_is_still_found_in_the_original()
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);
        site.Delete("content/cases/dinagua.es.md");
        site.BuildClean();

        Assert.DoesNotContain(Found("es", "dinagua"), hit => hit.Url == "/es/cases/dinagua/");
        Assert.Contains(Found("en", "dinagua"), hit => hit.Url == "/cases/dinagua/");
    }
}
