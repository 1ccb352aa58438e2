using System.Globalization;
using System.Xml;
using Portfolio.Model;
using Portfolio.Rendering;

namespace Portfolio.Plumbing;

/// <summary>
/// <c>/feed.xml</c>: an Atom 1.0 feed (RFC 4287) with one entry per case, newest first by
/// <c>last_reviewed</c> and then by slug. A case without a review date takes the feed's date, which
/// is the build date or else the latest review date: never the clock.
/// </summary>
public static class AtomFeed
{
    public const string Namespace = "http://www.w3.org/2005/Atom";
    public const string Path = Urls.Feed;

    /// <summary>The date of a feed whose content gives none, so that the feed stays valid and the same on every build.</summary>
    static readonly DateOnly NoDate = new(2000, 1, 1);

    /// <summary>The feed of one edition: its cases, titled and summarised in its language (or the original's, where not translated yet).</summary>
    public static byte[] Write(Site site, UiText text, Urls urls, DateOnly? buildDate)
    {
        var feedDate = DatasetInfo.DateOf(site, buildDate) ?? NoDate;
        var original = site.Content.ForeignOriginalLanguage;
        var entries = site.Cases
            .OrderByDescending(c => c.File.LastReviewed ?? DateOnly.MinValue)
            .ThenBy(c => c.Slug, StringComparer.Ordinal);
        return XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, site.Settings.Language);
            xml.WriteElementString("id", Namespace, urls.Absolute(Path));
            Text(xml, "title", site.Settings.Title);
            Text(xml, "subtitle", string.Format(text.Culture, text["meta.feed_subtitle"], site.Settings.Title));
            xml.WriteElementString("updated", Namespace, Timestamp(feedDate));
            Link(xml, "self", "application/atom+xml", urls.Absolute(Path));
            Link(xml, "alternate", "text/html", urls.Absolute(Urls.Cases));
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, XmlOutput.Clean(site.Settings.Title));
            xml.WriteElementString("uri", Namespace, urls.Absolute(Urls.Home));
            xml.WriteEndElement();
            Text(xml, "rights", site.Settings.Licence.Label + " " + site.Settings.Licence.Url);
            foreach (var c in entries)
            {
                Entry(xml, urls, c, c.File.LastReviewed ?? feedDate, c.File.Language is null ? original : null);
            }

            xml.WriteEndElement();
        });
    }

    static void Entry(XmlWriter xml, Urls urls, Case c, DateOnly updated, string? language)
    {
        var url = urls.Absolute(Urls.Case(c.Slug));
        xml.WriteStartElement("entry", Namespace);
        if (language is not null)
        {
            xml.WriteAttributeString("xml", "lang", null, language);
        }

        xml.WriteElementString("id", Namespace, url);
        Text(xml, "title", c.Title);
        xml.WriteElementString("updated", Namespace, Timestamp(updated));
        Link(xml, "alternate", "text/html", url);
        Text(xml, "summary", c.File.Summary);
        foreach (var theme in c.Themes)
        {
            xml.WriteStartElement("category", Namespace);
            xml.WriteAttributeString("term", theme.Slug);
            xml.WriteAttributeString("scheme", urls.Absolute(Urls.Themes));
            xml.WriteAttributeString("label", XmlOutput.Clean(theme.Name));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    static void Text(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement(name, Namespace);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(XmlOutput.Clean(value));
        xml.WriteEndElement();
    }

    static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
