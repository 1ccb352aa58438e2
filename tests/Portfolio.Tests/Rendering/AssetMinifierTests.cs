using System.Security.Cryptography;
using Portfolio.Diagnostics;
using Portfolio.Rendering;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Rendering;

public sealed class AssetMinifierTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    string ThemeAsset(string path) => Path.Combine(site.Root, "themes", "default", "assets", path);

    [Fact]
    public void Style_sheets_and_scripts_are_published_minified_under_the_hash_of_what_is_published()
    {
        site.BuildClean();

        var published = Directory.GetFiles(Path.Combine(site.OutputDir, "assets"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".css", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal)).ToList();
        Assert.Equal(Directory.GetFiles(Path.Combine(site.Root, "themes", "default", "assets"), "*.*", SearchOption.AllDirectories)
            .Count(f => f.EndsWith(".css", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal)), published.Count);
        foreach (var file in published)
        {
            var relative = Path.GetRelativePath(Path.Combine(site.OutputDir, "assets"), file);
            var name = Path.GetFileName(relative).Split('.');
            var source = ThemeAsset(Path.Combine(Path.GetDirectoryName(relative)!, $"{name[0]}.{name[^1]}"));
            var bytes = File.ReadAllBytes(file);

            Assert.True(bytes.Length < new FileInfo(source).Length * 0.9, $"{relative} is {bytes.Length} bytes, its source {new FileInfo(source).Length}");
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes))[..10], name[^2]);
            Assert.DoesNotContain("\n\n", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Images_are_published_byte_for_byte()
    {
        site.BuildClean();

        var icon = Directory.GetFiles(Path.Combine(site.OutputDir, "assets", "img"), "icon.*.svg").Single();
        Assert.Equal(File.ReadAllBytes(ThemeAsset("img/icon.svg")), File.ReadAllBytes(icon));
    }

    [Fact]
    public void A_script_the_minifier_cannot_read_is_published_as_written_with_a_warning_that_strict_builds_fail_on()
    {
        const string Broken = "export function broken( {\n  return 1;\n";
        site.Write("themes/default/assets/js/broken.js", Broken);

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == Codes.AssetNotMinified);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("assets/js/broken.js", warning.Position.File, StringComparison.Ordinal);
        var published = Directory.GetFiles(Path.Combine(site.OutputDir, "assets", "js"), "broken.*.js").Single();
        Assert.Equal(Broken, File.ReadAllText(published));
        Assert.False(site.Build(strict: true).Written);
    }

    [Theory]
    [InlineData("a.css", ".a { color: red; }\n/* a note */\n.b::before { content: \"↓\" / \"\"; }\n", ".a{color:#f00}.b::before{content:\"↓\"/\"\"}")]
    [InlineData("a.js", "// a note\nexport function twice(value) {\n  return value * 2;\n}\n", "export function twice(value){return value*2}")]
    public void Minifying_keeps_the_meaning_and_drops_the_rest(string path, string source, string expected)
    {
        var (bytes, problem) = AssetMinifier.Minify(path, System.Text.Encoding.UTF8.GetBytes(source));

        Assert.Null(problem);
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(bytes));
    }
}
