namespace Portfolio.Rendering;

/// <summary>
/// Builds the site's URLs from site-relative paths (<c>/cases/ia2/</c>), adding the base URL's path
/// so the site also works when published below a folder. Output file paths follow from URLs.
/// </summary>
public sealed class Urls(string baseUrl)
{
    readonly string basePath = new Uri(baseUrl).AbsolutePath.TrimEnd('/');
    readonly string origin = new Uri(baseUrl).GetLeftPart(UriPartial.Authority);

    /// <summary>A root-relative link for use inside the site: <c>/base/cases/ia2/</c>.</summary>
    public string Link(string sitePath) => sitePath.StartsWith('/') && !sitePath.StartsWith("//", StringComparison.Ordinal)
        ? basePath + sitePath
        : sitePath;

    /// <summary>An absolute URL for canonical links, feeds and the sitemap.</summary>
    public string Absolute(string sitePath) => origin + Link(sitePath);

    /// <summary>The output file for a site path: <c>/cases/ia2/</c> becomes <c>cases/ia2/index.html</c>.</summary>
    public static string OutputPath(string sitePath)
    {
        var trimmed = sitePath.TrimStart('/');
        return trimmed.Length == 0 || trimmed.EndsWith('/') ? trimmed + "index.html" : trimmed;
    }

    public static string Case(string slug) => $"/cases/{slug}/";

    public static string GuideStep(string slug) => $"/guide/{slug}/";

    public static string Country(string code) => $"/countries/{code.ToLowerInvariant()}/";

    public static string Theme(string slug) => $"/themes/{slug}/";

    public static string Page(string slug) => $"/{slug}/";
}
