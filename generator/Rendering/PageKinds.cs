using System.Collections.Immutable;

namespace Portfolio.Rendering;

/// <summary>What each <see cref="PageKind"/> needs from the theme: its layout, and the scripts and style sheets it loads besides the site's own.</summary>
public static class PageKinds
{
    /// <summary>The layout file of a kind, <c>layouts/&lt;name&gt;.scriban</c>; also the page's body class.</summary>
    public static string Layout(PageKind kind) => kind switch
    {
        PageKind.Home => "home",
        PageKind.GuideIndex => "guide-index",
        PageKind.GuideStep => "guide-step",
        PageKind.StepExamples => "step-examples",
        PageKind.CaseIndex => "case-index",
        PageKind.Case => "case",
        PageKind.Framework => "framework",
        PageKind.Beneficiaries => "beneficiaries",
        PageKind.TaxonomyIndex => "taxonomy-index",
        PageKind.Taxonomy => "taxonomy",
        PageKind.Page => "page",
        PageKind.Data => "data",
        PageKind.Search => "search",
        PageKind.NotFound => "not-found",
        PageKind.GuideWorksheet => "guide-worksheet",
        PageKind.GuidePrint => "guide-print",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Theme assets a kind loads beyond the site's style sheet: the search page and the filterable case index.</summary>
    public static ImmutableArray<string> Styles(PageKind kind) => kind switch
    {
        PageKind.Search or PageKind.CaseIndex => ["css/search.css"],
        PageKind.GuideWorksheet => ["css/worksheet.css"],
        PageKind.GuidePrint => ["css/guide-print.css"],
        _ => [],
    };

    public static ImmutableArray<string> Scripts(PageKind kind) => kind switch
    {
        PageKind.Search => ["js/search.js"],
        PageKind.CaseIndex => ["js/filters.js"],
        PageKind.GuideWorksheet => ["js/worksheet.js"],
        PageKind.GuidePrint => ["js/print.js"],
        _ => [],
    };

    /// <summary>
    /// Whether search engines should index a kind: not the 404 page, nor the printable guide, which repeats the
    /// step pages on one page (it is marked noindex and left out of the sitemap, so searches land on the steps).
    /// </summary>
    public static bool Indexed(PageKind kind) => kind is not (PageKind.NotFound or PageKind.GuidePrint);
}
