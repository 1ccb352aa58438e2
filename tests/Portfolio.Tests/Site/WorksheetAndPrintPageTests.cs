using Portfolio.Schema;

namespace Portfolio.Tests.Site;

/// <summary>
/// The worksheet (/guide/worksheet/) and the printable guide (/guide/print/) as the build writes them: the same
/// question boxes as the step pages, ids kept apart, the case body's usual headings, and the print page kept out of
/// search engines (it repeats the steps).
/// </summary>
public sealed class WorksheetAndPrintPageTests(BuiltFixture site) : IClassFixture<BuiltFixture>
{
    [Fact]
    public void Worksheet_shows_each_step_with_the_question_boxes_of_its_page()
    {
        var page = site.Page("/guide/worksheet/");
        var step = site.Page("/guide/first-step/");

        Assert.Equal(["First step", "Second step"], page.Texts("main .worksheet-step > h2"));
        Assert.Equal(step.Texts("main section.box li"), page.Texts("#step-1 section.box li"));
        Assert.Equal("step-1-box-1", page.One("#step-1 section.box h3").Id);
    }

    [Fact]
    public void Worksheet_exports_under_the_headings_a_new_case_file_has()
    {
        var form = site.Page("/guide/worksheet/").One("#worksheet");
        string[] keys = ["problem", "coproduction", "data", "tool", "happened", "lessons"];

        Assert.Equal(CaseScaffold.Sections.Select(s => s.Heading), keys.Select(k => form.GetAttribute($"data-t-section-{k}")));
        Assert.Equal("/schema/case.schema.json", form.GetAttribute("data-schema"));
        Assert.Equal("https://github.com/example/fixture/new/main/content/cases", form.GetAttribute("data-new-file"));
    }

    [Fact]
    public void Print_page_nests_each_step_with_its_own_ids_and_headings_one_level_down()
    {
        var page = site.Page("/guide/print/");

        Assert.Equal(["First step", "Second step"], page.Texts("main .print-step:not(.print-page) > h2"));
        Assert.Equal("Starting", page.One("#step-1 .prose h3").Text());
        Assert.Equal("step-1-starting", page.One("#step-1 .prose h3").Id);
        Assert.Equal("step-1-box-1", page.One("#step-1 section.box h3").Id);
        Assert.StartsWith("http", page.One("#step-1 .prose a").GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(["#step-1", "#step-2"], page.Hrefs("main .print-contents a").Take(2));
        Assert.Equal("noindex", page.One("meta[name=robots]").GetAttribute("content"));
    }

    [Fact]
    public void Sitemap_lists_the_worksheet_but_not_the_print_page()
    {
        var sitemap = File.ReadAllText(Path.Combine(site.OutputDir, "sitemap.xml"));

        Assert.Contains("/guide/worksheet/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/guide/print/", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void Guide_overview_links_the_worksheet_and_the_print_page()
    {
        var links = site.Page("/guide/").Hrefs("main .guide-tools a");

        Assert.Equal(["/guide/worksheet/", "/guide/print/"], links);
    }
}
