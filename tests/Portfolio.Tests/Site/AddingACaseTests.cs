using Portfolio.Tests.Support;

namespace Portfolio.Tests.Site;

/// <summary>The derived views follow the case files: adding one file changes every view with no other edit.</summary>
public sealed class AddingACaseTests : IDisposable
{
    const string Gamma = """
        ---
        title: Gamma
        summary: Gamma lets residents check water quality reports.
        countries: [AR, CL]
        themes: [water]
        partners:
          - name: Gamma Water Board
            sector: government
          - name: Gamma Collective
            sector: civil-society
        coproduction:
          level: collective
          phases: [co-assessment]
        beneficiaries:
          direct: [Gamma Water Board]
          indirect: [Residents of Gamma valley]
        sources:
          - label: Fixture guide
            url: https://example.org/guide
        ---
        ## What it does

        Gamma publishes water tests.
        """;

    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public void A_new_case_file_enters_the_matrix_cell_of_its_level_and_phase()
    {
        site.BuildClean();
        Assert.NotNull(site.Page("/framework/").QuerySelector("td#collective-co-assessment.empty"));

        site.Write("content/cases/gamma.md", Gamma).BuildClean();

        var cell = site.Page("/framework/").One("td#collective-co-assessment");
        Assert.Equal(["Gamma"], cell.Texts("a"));
        Assert.Contains("3 cases", site.Page("/framework/").One("table.matrix caption").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_case_file_adds_a_row_to_the_beneficiary_table()
    {
        site.BuildClean();
        Assert.Equal(2, site.Page("/beneficiaries/").QuerySelectorAll("table.beneficiaries tbody tr").Length);

        site.Write("content/cases/gamma.md", Gamma).BuildClean();

        var rows = site.Page("/beneficiaries/").QuerySelectorAll("table.beneficiaries tbody tr");
        Assert.Equal(3, rows.Length);
        var gamma = rows.Single(r => r.One("th a").Text() == "Gamma");
        Assert.Equal(["Gamma Water Board"], gamma.Texts("td:nth-of-type(1) li"));
        Assert.Equal(["Residents of Gamma valley"], gamma.Texts("td:nth-of-type(2) li"));
    }

    [Fact]
    public void A_new_case_file_is_listed_on_its_country_pages_with_the_new_count()
    {
        site.BuildClean();
        Assert.Equal("1 case", site.Page("/countries/ar/").One(".result-count").Text());
        Assert.False(File.Exists(Path.Combine(site.OutputDir, "countries", "cl", "index.html")));

        site.Write("content/cases/gamma.md", Gamma).BuildClean();

        var argentina = site.Page("/countries/ar/");
        Assert.Equal("2 cases", argentina.One(".result-count").Text());
        Assert.Equal(["Alpha", "Gamma"], argentina.Texts(".case-card h3 a"));
        Assert.Equal(["Gamma"], site.Page("/countries/cl/").Texts(".case-card h3 a"));
        Assert.Contains("Chile", site.Page("/countries/").Texts(".term-list a"));
    }
}
