using Portfolio.Pipeline;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Pipeline;

/// <summary>The preview's check cache re-reads only changed pages and never hides a problem.</summary>
public sealed class CheckCacheTests : IDisposable
{
    readonly FixtureSite site = new();
    readonly BuildCache cache = new();

    public void Dispose() => site.Dispose();

    BuildResult Build() => new BuildPipeline(Producers.Default, cache).Run(site.Options(), write: false);

    [Fact]
    public void Unchanged_pages_are_not_parsed_again()
    {
        var first = Build();
        var readFirst = cache.Pages.PagesRead;

        var second = Build();

        Assert.Equal(first.Files.Count(f => f.IsHtml), readFirst);
        Assert.Equal(readFirst, cache.Pages.PagesRead);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public void A_broken_link_on_a_changed_page_is_still_found_after_cached_builds()
    {
        Build();
        site.Write("content/pages/about.md", site.Read("content/pages/about.md").Replace("(/guide/)", "(/gide/)", StringComparison.Ordinal));

        var result = Build();

        Assert.Contains(result.Diagnostics, d => d.Code.Id == "PF5001" && d.Position.File == "content/pages/about.md");
        Assert.True(cache.Pages.PagesRead < 2 * result.Files.Count(f => f.IsHtml), "only changed pages are read again");
    }

    [Fact]
    public void Removing_a_page_breaks_links_to_it_even_when_the_linking_page_is_cached()
    {
        Build();
        site.Write("content/pages/about.md", site.Read("content/pages/about.md").Replace("Read the [guide](/guide/).", "Read [Beta](/cases/beta/).", StringComparison.Ordinal));
        Build();
        site.Delete("content/cases/beta.md");

        var result = Build();

        Assert.Contains(result.Diagnostics, d => d.Code.Id == "PF5001" && d.Message.Contains("/cases/beta/", StringComparison.Ordinal));
    }
}
