using Portfolio.Diagnostics;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Site;

/// <summary>The check stage fails the build for each problem kind, pointing at the line to fix where it can.</summary>
public sealed class CheckStageTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    /// <summary>Replaces text in a content file and returns the 1-based line and column where <paramref name="marker"/> now starts.</summary>
    (int Line, int Column) Edit(string path, string from, string to, string marker)
    {
        var text = site.Read(path).Replace(from, to, StringComparison.Ordinal);
        Assert.Contains(marker, text, StringComparison.Ordinal);
        site.Write(path, text);
        var before = text[..text.IndexOf(marker, StringComparison.Ordinal)];
        return (before.Count(c => c == '\n') + 1, before.Length - before.LastIndexOf('\n'));
    }

    /// <summary>Asserts the problem starts at the line and column and spans the whole of <paramref name="written"/> on that line.</summary>
    static void AssertSpans(Diagnostic problem, string file, int line, int column, string written)
    {
        Assert.Equal(new SourceRange(file, line, column, line, column + written.Length - 1), problem.Position);
    }

    Diagnostic Fails(DiagnosticCode code)
    {
        var result = site.Build();
        Assert.False(result.Written);
        Assert.True(result.Failed(strict: false));
        return result.Diagnostics.First(d => d.Code == code);
    }

    [Fact]
    public void A_broken_link_in_a_body_is_reported_at_its_line_and_column()
    {
        var (line, column) = Edit("content/cases/alpha.md", "Alpha reads records", "Alpha reads [records](/cases/nowhere/)", "[records](/cases/nowhere/)");

        var problem = Fails(Codes.BrokenLink);

        AssertSpans(problem, "content/cases/alpha.md", line, column, "[records](/cases/nowhere/)");
        Assert.Contains("'/cases/nowhere/'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_second_of_two_identical_broken_links_is_reported_at_its_own_line()
    {
        Edit("content/pages/about.md", "Read the [guide](/guide/).", "See [this](/gone/).\n\nAnd [that](/gone/) too.", "/gone/");
        var lines = site.Read("content/pages/about.md").Split('\n');
        var expected = lines.Select((text, i) => (text, i)).Where(l => l.text.Contains("/gone/", StringComparison.Ordinal)).Select(l => l.i + 1).ToArray();

        var reported = site.Build().Diagnostics.Where(d => d.Code == Codes.BrokenLink).Select(d => d.Position.Line).ToArray();

        Assert.Equal(expected, reported);
    }

    [Fact]
    public void A_link_to_a_missing_anchor_is_reported_at_its_position()
    {
        var (line, column) = Edit("content/guide/02-second-step.md", "/cases/alpha/#what-it-does", "/cases/alpha/#what-it-did", "[Alpha case](/cases/alpha/#what-it-did)");

        var problem = Fails(Codes.BrokenAnchor);

        AssertSpans(problem, "content/guide/02-second-step.md", line, column, "[Alpha case](/cases/alpha/#what-it-did)");
        Assert.Contains("#what-it-did", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_skipped_heading_level_is_reported_at_the_heading()
    {
        var (line, _) = Edit("content/guide/02-second-step.md", "See the [Alpha case]", "#### Too deep\n\nSee the [Alpha case]", "#### Too deep");

        var problem = Fails(Codes.HeadingOrder);

        Assert.Equal(("content/guide/02-second-step.md", line, 1), (problem.Position.File, problem.Position.Line, problem.Position.Column));
        Assert.Contains("h4 after an h2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_whose_anchor_repeats_an_id_of_the_layout_is_reported_at_the_heading()
    {
        var (line, _) = Edit("content/cases/alpha.md", "## What it does", "## What it does\n\n## Sources title", "## Sources title");

        var problem = Fails(Codes.DuplicateId);

        Assert.Equal(("content/cases/alpha.md", line, 1), (problem.Position.File, problem.Position.Line, problem.Position.Column));
        Assert.Contains("'sources-title'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_without_alt_text_fails_the_build()
    {
        var layout = "themes/default/layouts/page.scriban";
        site.Write(layout, site.Read(layout).Replace("</article>", "<img src=\"/photo.png\"></article>", StringComparison.Ordinal));

        var problem = Fails(Codes.MissingAlt);

        Assert.Contains("'/photo.png'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_a_second_h1_fails_the_build()
    {
        var footer = "themes/default/layouts/partials/footer.scriban";
        site.Write(footer, site.Read(footer).Replace("<footer class=\"site-footer\">", "<footer class=\"site-footer\"><h1>Footer</h1>", StringComparison.Ordinal));

        var problem = Fails(Codes.HeadingCount);

        Assert.Contains("2 h1 headings", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fixture_site_passes_every_check()
    {
        var result = site.Build(write: false);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Heading_order_is_a_listed_diagnostic_code()
    {
        Assert.Contains(Codes.HeadingOrder, Codes.All);
        Assert.Equal(Codes.All.Count, Codes.All.Select(c => c.Id).Distinct().Count());
    }
}
