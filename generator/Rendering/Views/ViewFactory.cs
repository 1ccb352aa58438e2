using System.Collections.Immutable;
using System.Globalization;
using Portfolio.Content.Documents;
using Portfolio.Content.Schema;
using Portfolio.Model;

namespace Portfolio.Rendering.Views;

/// <summary>Turns model records into the small view records templates lay out. Labels come from the UI text.</summary>
public sealed class ViewFactory(Site site, UiText text)
{
    public CultureInfo Culture => text.Culture;

    public static CaseCard Card(Case c) => new(
        c.Slug, Urls.Case(c.Slug), c.Title, c.File.Summary,
        [.. c.Countries.Select(Facet)], Facet(c.Level), [.. c.Phases.Select(Facet)], [.. c.Themes.Select(Facet)], [.. c.Sectors.Select(Facet)],
        c.File.Year);

    public static ImmutableArray<CaseCard> Cards(IEnumerable<Case> cases) => [.. cases.Select(Card)];

    public static Facet Facet(Named term) => new(term.Slug, term.Name, Urls.Of(term));

    /// <summary>The label of a vocabulary value, from its label set (<c>capacity.high</c>) or its own (<c>sector.private</c>).</summary>
    public string Label(Choice choice, string? labelSet = null) => text[$"{labelSet ?? choice.Vocabulary}.{choice.Slug}"];

    public Facet Labelled(Choice choice, string? labelSet = null) => new(choice.Slug, Label(choice, labelSet));

    public MatrixView Matrix()
    {
        var matrix = site.Matrix;
        return new MatrixView(
            [.. matrix.Levels.Select(Level)],
            [.. matrix.Phases.Select(Phase)],
            [.. matrix.Rows.Select(row => new MatrixRowView(Urls.MatrixRowAnchor(row.Level.Slug), Level(row.Level), [.. row.Cells.Select(Cell)]))]);
    }

    MatrixCellView Cell(MatrixCell cell)
    {
        var more = cell.Cases.Length - Paging.CasesPerCell;
        return new MatrixCellView(cell.Position.Id, cell.Phase.Name,
            [.. cell.Cases.Take(Paging.CasesPerCell).Select(c => new NavLink(Urls.Case(c.Slug), c.Title))],
            more > 0
                ? new NavLink(Urls.SearchFor([(Facets.Key(Taxon.Level), cell.Level.Slug), (Facets.Key(Taxon.Phase), cell.Phase.Slug)]), Count("framework.more_cases", more))
                : null);
    }

    static TypologyTermView Level(TypologyTerm level) => new(Urls.LevelAnchor(level.Slug), level.Name, level.Definition, Urls.Level(level.Slug));

    static TypologyTermView Phase(TypologyTerm phase) => new(Urls.PhaseAnchor(phase.Slug), phase.Name, phase.Definition, Urls.Phase(phase.Slug));

    public ImmutableArray<StepLink> Steps(GuideStep? current) =>
    [
        .. site.Guide.Select(s =>
        {
            var examples = site.ExamplesFor(s.Slug).Length;
            return new StepLink(s.Number, Urls.GuideStep(s.Slug), s.Title, s.KeyQuestion, s.Summary, s == current, examples, Count("guide.examples_count", examples));
        }),
    ];

    /// <summary>A counted phrase in the right grammatical number: <c>cases.count_one</c> "{0} case" or <c>cases.count_other</c> "{0} cases".</summary>
    public string Count(string key, int count) =>
        string.Format(Culture, text[key + (count == 1 ? "_one" : "_other")], Number(count));

    /// <summary>How many cases a list shows: "7 cases", or on a list split into pages "Cases 49–96 of 10,000".</summary>
    public string Range<T>(ListPage<T> page) => page.IsPaged
        ? string.Format(Culture, text["cases.range"], Number(page.Offset + 1), Number(page.Offset + page.Items.Length), Number(page.Total))
        : Count("cases.count", page.Total);

    public string? Date(DateOnly? date) => date?.ToString(text.DateFormat, Culture);

    public string Number(int value) => value.ToString("N0", Culture);
}
