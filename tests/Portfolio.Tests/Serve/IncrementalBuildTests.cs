using System.Text;
using Portfolio.Pipeline;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Serve;

/// <summary>
/// The preview renders again only the pages a change can touch (<see cref="Portfolio.Rendering.RenderMemory"/>)
/// and reads again only the files that changed. After every kind of edit, its output must be the bytes a
/// full build makes of the same files, file for file.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    readonly FixtureSite site = FixtureSite.OfRepositoryContent();
    readonly BuildCache cache = new();

    public void Dispose() => site.Dispose();

    /// <summary>Builds with the preview's cache, then from scratch, and asserts the two outputs are the same bytes.</summary>
    BuildResult SameAsFullBuild()
    {
        // Files a build reads in the same clock tick as they were written are read again anyway; waiting makes
        // the test also cover the files the cache trusts.
        Thread.Sleep(60);
        var incremental = new BuildPipeline(Producers.Default, cache).Run(site.Options(), write: false);
        var full = new BuildPipeline(Producers.Default).Run(site.Options(), write: false);
        Assert.True(full.ErrorCount == 0, string.Join('\n', full.Diagnostics));
        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
        var expected = full.Files.ToDictionary(f => f.Path, f => f.Bytes);
        var actual = incremental.Files.ToDictionary(f => f.Path, f => f.Bytes);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        var different = expected.Keys.Where(path => !expected[path].AsSpan().SequenceEqual(actual[path])).ToList();
        Assert.True(different.Count == 0, "incremental output differs in: " + string.Join(", ", different.Take(10)));
        return incremental;
    }

    void Edit(string path, Func<string, string> change)
    {
        var text = site.Read(path);
        var changed = change(text);
        Assert.NotEqual(text, changed);
        site.Write(path, changed);
    }

    [Fact]
    public void Every_kind_of_edit_gives_the_bytes_of_a_full_build()
    {
        SameAsFullBuild();
        var pages = cache.Pages;

        // A case's body: its page changes, the pages that only list it do not need to.
        Edit("content/cases/ia2.md", t => t + "\nOne more sentence at the end of the body.\n");
        SameAsFullBuild();
        // Of seven cases, the four that are not it or its neighbours keep their pages, as do the pages that show no case.
        Assert.True(pages.Reused >= 4 + 3, $"only {pages.Reused} pages were reused after one case's body changed");

        // Its title: the case index, its neighbours, its country and theme pages and the matrix name it.
        Edit("content/cases/ia2.md", t => t.Replace("title: IA2", "title: IA2 (renamed)", StringComparison.Ordinal));
        SameAsFullBuild();

        // Its country: it leaves one country page and joins another, which may not have existed.
        Edit("content/cases/ia2.md", t => t.Replace("countries: [AR]", "countries: [UY, BR]", StringComparison.Ordinal));
        SameAsFullBuild();

        // The latest review date is the build date, on every page's footer and in every open-data file.
        Edit("content/cases/ia2.md", t => t.Replace("last_reviewed: 2026-12-01", "last_reviewed: 2027-01-15", StringComparison.Ordinal));
        SameAsFullBuild();

        // A new case, then the case gone again.
        var copy = site.Read("content/cases/dinagua.md").Replace("title: Dinagua", "title: Another water project", StringComparison.Ordinal);
        site.Write("content/cases/another-water-project.md", copy);
        SameAsFullBuild();
        site.Delete("content/cases/another-water-project.md");
        SameAsFullBuild();

        // Site-wide inputs: a guide step, a data file, the theme's text and style.
        Edit("content/guide/08-evaluate-usefulness.md", t => t + "\nA closing remark.\n");
        SameAsFullBuild();
        Edit("content/data/site.yml", t => t.Replace("title: Co-producing AI for the public good", "title: Co-producing AI for all", StringComparison.Ordinal));
        SameAsFullBuild();
        Edit("themes/default/i18n/en.yml", t => t + "\n");
        SameAsFullBuild();
        Edit("themes/default/assets/css/site.css", t => t + "\n.changed-rule { color: red }\n");
        var last = SameAsFullBuild();
        Assert.Contains(last.Files, f => f.Path.EndsWith(".css", StringComparison.Ordinal) && Encoding.UTF8.GetString(f.Bytes).Contains(".changed-rule", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unchanged_rebuild_renders_nothing_again()
    {
        SameAsFullBuild();
        SameAsFullBuild();
        Assert.Equal(0, cache.Pages.Rendered);
        Assert.True(cache.Pages.Reused > 40);
    }

    [Fact]
    public void A_broken_edit_and_its_fix_give_the_bytes_of_a_full_build()
    {
        SameAsFullBuild();
        var good = site.Read("content/cases/conae.md");
        site.Write("content/cases/conae.md", good.Replace("level:", "levle:", StringComparison.Ordinal));
        Thread.Sleep(60);
        var broken = new BuildPipeline(Producers.Default, cache).Run(site.Options(), write: false);
        Assert.True(broken.ErrorCount > 0);
        site.Write("content/cases/conae.md", good + "\nFixed.\n");
        SameAsFullBuild();
    }
}
