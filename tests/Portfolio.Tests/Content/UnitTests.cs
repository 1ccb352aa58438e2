using Portfolio.Content;
using Portfolio.Content.Schema;
using Portfolio.Content.Yaml;
using Portfolio.Rendering;

namespace Portfolio.Tests.Content;

/// <summary>Small pieces the stages are built from.</summary>
public sealed class UnitTests
{
    [Fact]
    public void Yaml_values_keep_their_line_and_column_with_an_offset()
    {
        var (root, problems) = YamlReader.Read("title: A\nlist:\n  - one\n  - two\n", "f.md", lineOffset: 1);

        Assert.Empty(problems);
        var mapping = Assert.IsType<YamlMapping>(root);
        var list = Assert.IsType<YamlSequence>(mapping["list"]);
        Assert.Equal((5, 5), (list.Items[1].Position.Line, list.Items[1].Position.Column));
    }

    [Theory]
    [InlineData("a: ~", true)]
    [InlineData("a: null", true)]
    [InlineData("a:", true)]
    [InlineData("a: 'null'", false)]
    [InlineData("a: \"\"", false)]
    public void Only_plain_null_scalars_are_null(string yaml, bool isNull)
    {
        var (root, _) = YamlReader.Read(yaml, "f.yml");

        Assert.Equal(isNull, ((YamlScalar)((YamlMapping)root!)["a"]!).IsNull);
    }

    [Theory]
    [InlineData("beneficiares", "beneficiaries")]
    [InlineData("countires", "countries")]
    [InlineData("co-delivry", "co-delivery")]
    [InlineData("zzzzzz", null)]
    public void Suggestions_find_the_intended_word(string written, string? expected)
    {
        Assert.Equal(expected, Suggestions.Closest(written, ["beneficiaries", "countries", "co-delivery", "co-design"]));
    }

    [Theory]
    [InlineData("GobLab UAI + SMA", "goblab-uai-sma")]
    [InlineData("Control Cívico", "control-civico")]
    [InlineData("  Querido   Diário! ", "querido-diario")]
    public void Slugs_are_made_from_titles(string title, string slug)
    {
        Assert.Equal(slug, Slugs.From(title));
    }

    [Theory]
    [InlineData("https://example.org", true)]
    [InlineData("/cases/ia2/", true)]
    [InlineData("#top", true)]
    [InlineData("mailto:a@example.org", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" JAVASCRIPT:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    public void Only_safe_link_schemes_pass(string url, bool safe)
    {
        Assert.Equal(safe, MarkdownRules.IsSafe(url));
    }

    [Fact]
    public void Html_escaping_covers_both_quote_kinds()
    {
        Assert.Equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", Html.Escape("<a href=\"x\" title='y'>&"));
        Assert.Equal("Cívico", Html.Escape("Cívico"));
    }

    [Fact]
    public void Urls_carry_the_base_path_and_map_to_files()
    {
        var urls = new Urls("https://example.org/portfolio/");

        Assert.Equal("/portfolio/cases/ia2/", urls.Link("/cases/ia2/"));
        Assert.Equal("https://example.org/portfolio/", urls.Absolute("/"));
        Assert.Equal("https://other.org/x", urls.Link("https://other.org/x"));
        Assert.Equal("cases/ia2/index.html", Urls.OutputPath("/cases/ia2/"));
        Assert.Equal("404.html", Urls.OutputPath("/404.html"));
    }

    [Fact]
    public void Country_codes_come_with_english_names()
    {
        Assert.True(Countries.IsKnown("PY"));
        Assert.Equal("Paraguay", Countries.NameOf("PY"));
        Assert.False(Countries.IsKnown("XX"));
    }

    [Fact]
    public void Front_matter_split_keeps_body_line_numbers()
    {
        var split = FrontMatter.Split("---\na: 1\nb: 2\n---\n## Body\n")!;

        Assert.Equal("a: 1\nb: 2", split.Yaml);
        Assert.Equal(5, split.BodyLine);
        Assert.Null(FrontMatter.Split("no front matter"));
    }
}
