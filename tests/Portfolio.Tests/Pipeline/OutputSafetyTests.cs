using System.Security.Cryptography;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Pipeline;

/// <summary>A failed build never damages the previous site; the same input always gives the same bytes.</summary>
public sealed class OutputSafetyTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    static Dictionary<string, string> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    [Fact]
    public void Failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        site.BuildClean();
        var before = Snapshot(site.OutputDir);
        site.Write("content/cases/alpha.md", site.Read("content/cases/alpha.md").Replace("level: group", "level: national", StringComparison.Ordinal));

        var result = site.Build();

        Assert.False(result.Written);
        Assert.Equal(before, Snapshot(site.OutputDir));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output-*"));
    }

    [Fact]
    public void Template_error_also_leaves_the_previous_output_untouched()
    {
        site.BuildClean();
        var before = Snapshot(site.OutputDir);
        site.Write("themes/default/layouts/case.scriban", "<h1>{{ page.data.no_such_member.title }}</h1>");

        var result = site.Build();

        Assert.False(result.Written);
        Assert.Contains(result.Diagnostics, d => d.Code.Id == "PF4002" && d.Position.File.EndsWith("case.scriban", StringComparison.Ordinal));
        Assert.Equal(before, Snapshot(site.OutputDir));
    }

    [Fact]
    public void Successful_build_replaces_stale_files()
    {
        site.BuildClean();
        File.WriteAllText(Path.Combine(site.OutputDir, "stale.html"), "old");
        site.Delete("content/cases/beta.md");

        site.BuildClean();

        Assert.False(File.Exists(Path.Combine(site.OutputDir, "stale.html")));
        Assert.False(Directory.Exists(Path.Combine(site.OutputDir, "cases", "beta")));
    }

    [Fact]
    public void Two_builds_in_different_folders_are_byte_identical()
    {
        using var other = new FixtureSite();
        site.BuildClean();
        other.BuildClean();

        Assert.Equal(Snapshot(site.OutputDir), Snapshot(other.OutputDir));
    }

    [Fact]
    public void Theme_assets_are_published_under_a_content_hash()
    {
        site.BuildClean();

        var css = site.Page("/").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/assets/css/site\.[0-9a-f]{10}\.css$", css);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, css.TrimStart('/'))));

        // The hash is of the published, minified bytes: a comment changes nothing a browser gets, a rule does.
        site.Write("themes/default/assets/css/site.css", site.Read("themes/default/assets/css/site.css") + "\n/* changed */\n");
        site.BuildClean();
        Assert.Equal(css, site.Page("/").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));

        site.Write("themes/default/assets/css/site.css", site.Read("themes/default/assets/css/site.css") + "\n.changed { color: red; }\n");
        site.BuildClean();
        Assert.NotEqual(css, site.Page("/").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }
}
