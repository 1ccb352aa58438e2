using Portfolio.Model;

namespace Portfolio.Rendering;

/// <summary>
/// Every address of the site, built in one place: the site paths of pages and fragments (<c>/cases/ia2/</c>,
/// <c>/framework/#level-group</c>), and, for an instance, links and absolute URLs with the base URL's path, so the
/// site also works published below a folder. Output file paths follow from site paths.
/// </summary>
/// <remarks>
/// An edition in another language (<paramref name="edition"/>, <c>es</c>) mirrors the site's pages under its own
/// folder: its links to pages (<c>/cases/ia2/</c>, <c>/404.html</c>, <c>/feed.xml</c>) gain <c>/es</c>, while links to
/// files every edition shares (assets, open data, the schema, the sitemap) do not.
/// </remarks>
public sealed class Urls(string baseUrl, string edition = "")
{
    public const string Home = "/";
    public const string Guide = "/guide/";
    public const string GuideWorksheet = "/guide/worksheet/";
    public const string GuidePrint = "/guide/print/";
    public const string Cases = "/cases/";
    public const string Framework = "/framework/";
    public const string Beneficiaries = "/beneficiaries/";
    public const string Countries = "/countries/";
    public const string Themes = "/themes/";
    public const string Search = "/search/";
    public const string Data = "/data/";
    public const string Feed = "/feed.xml";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string NotFound = "/404.html";

    readonly string basePath = new Uri(baseUrl).AbsolutePath.TrimEnd('/');
    readonly string origin = new Uri(baseUrl).GetLeftPart(UriPartial.Authority);

    /// <summary>The scheme and host the site is published at, <c>https://example.org</c>, without a path.</summary>
    public string Origin => origin;

    /// <summary>The edition's language, or empty for the site's own.</summary>
    public string Edition => edition;

    /// <summary>A root-relative link for use inside the site: <c>/base/cases/ia2/</c>. Other URLs pass unchanged.</summary>
    public string Link(string sitePath) => sitePath.StartsWith('/') && !sitePath.StartsWith("//", StringComparison.Ordinal)
        ? basePath + InEdition(sitePath)
        : sitePath;

    /// <summary>The site path of a page in this edition: <c>/es/cases/ia2/</c>; a shared file's path is unchanged.</summary>
    public string InEdition(string sitePath) => edition.Length > 0 && IsPage(sitePath) ? "/" + edition + sitePath : sitePath;

    /// <summary>
    /// Whether a site path is a page, which each edition has its own of: a folder address, an HTML file or the feed.
    /// Files with another extension (assets, JSON, CSV, the sitemap, robots.txt) are the same for every edition.
    /// </summary>
    public static bool IsPage(string sitePath)
    {
        var end = sitePath.IndexOfAny(['?', '#']);
        var path = end < 0 ? sitePath : sitePath[..end];
        var name = path[(path.LastIndexOf('/') + 1)..];
        return !name.Contains('.', StringComparison.Ordinal) || name.EndsWith(".html", StringComparison.Ordinal) || path == Feed;
    }

    /// <summary>An absolute URL for canonical links, feeds and the sitemap.</summary>
    public string Absolute(string sitePath) => origin + Link(sitePath);

    /// <summary>The output file for a site path: <c>/cases/ia2/</c> becomes <c>cases/ia2/index.html</c>.</summary>
    public static string OutputPath(string sitePath)
    {
        var trimmed = sitePath.TrimStart('/');
        return trimmed.Length == 0 || trimmed.EndsWith('/') ? trimmed + "index.html" : trimmed;
    }

    public static string Case(string slug) => $"{Cases}{slug}/";

    public static string GuideStep(string slug) => $"{Guide}{slug}/";

    public static string Country(string code) => $"{Countries}{code.ToLowerInvariant()}/";

    public static string Theme(string slug) => $"{Themes}{slug}/";

    public static string Page(string slug) => $"/{slug}/";

    /// <summary>
    /// Page <paramref name="number"/> of a list that is split into pages (<see cref="Model.Paging"/>): the list's own
    /// address for the first page, <c>/cases/page/2/</c> for the others.
    /// </summary>
    public static string Paged(string list, int number) => number <= 1 ? list : $"{list}page/{number}/";

    /// <summary>Every case that illustrates a guide step, when there are more than the step shows: <c>/guide/prototype/examples/</c>.</summary>
    public static string StepExamples(string slug) => $"{GuideStep(slug)}examples/";

    /// <summary>The search page with filters chosen: <c>/search/?type=case&amp;level=group&amp;phase=co-design</c>.</summary>
    public static string SearchFor(IEnumerable<(string Facet, string Value)> filters) =>
        Search + "?" + string.Join('&', filters.Select(f => $"{Uri.EscapeDataString(f.Facet)}={Uri.EscapeDataString(f.Value)}"));

    /// <summary>The id of a level's definition on the framework page: <c>level-group</c>.</summary>
    public static string LevelAnchor(string slug) => $"level-{slug}";

    /// <summary>The id of a phase's definition on the framework page: <c>phase-co-design</c>.</summary>
    public static string PhaseAnchor(string slug) => $"phase-{slug}";

    public static string Level(string slug) => $"{Framework}#{LevelAnchor(slug)}";

    public static string Phase(string slug) => $"{Framework}#{PhaseAnchor(slug)}";

    /// <summary>The id of a level's row of the co-production matrix: <c>row-group</c>.</summary>
    public static string MatrixRowAnchor(string level) => $"row-{level}";

    /// <summary>A level's row of the co-production matrix on the framework page, where browsing by level leads: <c>/framework/#row-group</c>.</summary>
    public static string MatrixRow(string level) => $"{Framework}#{MatrixRowAnchor(level)}";

    /// <summary>A cell of the co-production matrix on the framework page: <c>/framework/#group-co-design</c>.</summary>
    public static string MatrixCell(MatrixCellId cell) => $"{Framework}#{cell.Id}";

    /// <summary>The page that lists a country, theme, level or phase; null for techniques and sectors, which have none.</summary>
    public static string? Of(Named term) => term.Taxon switch
    {
        Taxon.Country => Country(term.Slug),
        Taxon.Theme => Theme(term.Slug),
        Taxon.Level => Level(term.Slug),
        Taxon.Phase => Phase(term.Slug),
        _ => null,
    };
}
