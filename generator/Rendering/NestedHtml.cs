using System.Text.RegularExpressions;

namespace Portfolio.Rendering;

/// <summary>
/// Fits a rendered Markdown body into a page that holds several, as the printable guide does: its ids and the links
/// to them gain a prefix (every step has a "Next" heading), its headings move down a level under the part's own
/// heading, and its links to the site's pages become absolute, so a printed page can name them in full. Works on
/// what <see cref="BodyRenderer"/> writes: ids only on headings, links as <c>href="…"</c>.
/// </summary>
public static partial class NestedHtml
{
    [GeneratedRegex("<(/?)h([1-6])\\b")]
    private static partial Regex HeadingTag();

    [GeneratedRegex(" (id|href)=\"(#?)(/(?!/))?")]
    private static partial Regex IdOrLink();

    public static HtmlString Nest(HtmlString html, string idPrefix, int levelsDown, string origin)
    {
        var text = HeadingTag().Replace(html.Value, m =>
            $"<{m.Groups[1].Value}h{Math.Min(6, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + levelsDown)}");
        text = IdOrLink().Replace(text, m => m.Groups[1].Value switch
        {
            "id" => $" id=\"{idPrefix}",
            _ when m.Groups[2].Length > 0 => $" href=\"#{idPrefix}",
            _ when m.Groups[3].Length > 0 => $" href=\"{origin}/",
            _ => m.Value,
        });
        return new HtmlString(text);
    }
}
