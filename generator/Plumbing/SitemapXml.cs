using System.Collections.Immutable;
using System.Globalization;
using Portfolio.Rendering;

namespace Portfolio.Plumbing;

/// <summary>
/// <c>/sitemap.xml</c> in the sitemaps.org 0.9 protocol: every HTML page but the 404 page, by absolute
/// URL in ordinal order, with <c>lastmod</c> where the content gives a <c>last_reviewed</c> date.
/// </summary>
public static class SitemapXml
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string Path = Urls.Sitemap;

    public static byte[] Write(IEnumerable<PageRoute> routes, Urls urls)
    {
        var entries = routes
            .Where(r => r.Kind != PageKind.NotFound)
            .Select(r => (Location: urls.Absolute(r.Url), r.LastModified))
            .OrderBy(e => e.Location, StringComparer.Ordinal)
            .ToImmutableArray();
        return XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            foreach (var (location, lastModified) in entries)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, location);
                if (lastModified is { } date)
                {
                    xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }
}
