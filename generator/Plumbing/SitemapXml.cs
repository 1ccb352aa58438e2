using System.Collections.Immutable;
using System.Globalization;
using Portfolio.Rendering;

namespace Portfolio.Plumbing;

/// <summary>
/// <c>/sitemap.xml</c> in the sitemaps.org 0.9 protocol: every HTML page search engines may index (not the 404 page, nor the printable guide), by absolute
/// URL in ordinal order, with <c>lastmod</c> where the content gives a <c>last_reviewed</c> date, and the same page
/// in every edition as <c>xhtml:link</c> alternates (Google's way of listing translations in a sitemap).
/// </summary>
public static class SitemapXml
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string Path = Urls.Sitemap;
    public const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static byte[] Write(IEnumerable<RenderedPage> pages, Urls urls)
    {
        var entries = pages
            .Where(p => PageKinds.Indexed(p.Route.Kind))
            .Select(p => (Location: urls.Absolute(p.Url), p.Route.LastModified, p.Route.Alternates))
            .OrderBy(e => e.Location, StringComparer.Ordinal)
            .ToImmutableArray();
        return XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            if (entries.Any(e => !e.Alternates.IsDefaultOrEmpty))
            {
                xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            }

            foreach (var (location, lastModified, alternates) in entries)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, location);
                foreach (var alternate in alternates.IsDefault ? [] : alternates)
                {
                    xml.WriteStartElement("xhtml", "link", Xhtml);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", alternate.Language);
                    xml.WriteAttributeString("href", alternate.Absolute);
                    xml.WriteEndElement();
                }

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
