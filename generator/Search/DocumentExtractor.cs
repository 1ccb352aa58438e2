using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portfolio.Rendering;
using Portfolio.Rendering.Views;

namespace Portfolio.Search;

/// <summary>
/// Reads a rendered page back with AngleSharp and keeps what the reader sees in <c>main</c>: the h1 as
/// title, the lede as summary, and the text under each heading as a section linked by the heading's
/// id. Navigation, pagers, forms, edit links, and the lists of other cases (their cards, the co-production
/// matrix) are left out, so a page is found for what it says, not for what it links to; so is what is hidden
/// from assistive technology; a theme can leave out more with <c>data-search-ignore</c>. Facets come from the case's card.
/// </summary>
public sealed class DocumentExtractor(Urls urls, Func<string, string> typeName)
{
    static readonly HtmlParser Parser = new();

    // What assistive technology skips is decoration (aria-hidden): the small co-production matrix on every case page
    // would otherwise put "design", "deliver", "group"… into every case.
    static readonly string Skipped = string.Join(", ", "nav", "form", "script", "style", "template", "svg", "[hidden]",
        "[aria-hidden=true]", "[data-search-ignore]", ".pager", ".edit-link", ".case-card", ".matrix", ".eyebrow", ".skip-link");

    static readonly FrozenSet<string> Inline = new[]
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "del", "ins",
    }.ToFrozenSet(StringComparer.Ordinal);

    public SearchDocument? Extract(RenderedPage page)
    {
        var type = DocumentTypes.Of(page.Route.Kind);
        if (type is null)
        {
            return null;
        }

        var document = Parser.ParseDocument(page.Html);
        var main = document.QuerySelector("main");
        if (main is null)
        {
            return null;
        }

        foreach (var element in main.QuerySelectorAll(Skipped).ToList())
        {
            element.Remove();
        }

        var h1 = main.QuerySelector("h1");
        var lede = main.QuerySelector(".lede");
        var title = h1 is null ? page.Route.Title : Collapse(h1.TextContent);
        var summary = lede is null ? page.Route.Description : Collapse(lede.TextContent);
        h1?.Remove();
        lede?.Remove();

        var sections = new SectionWriter();
        Walk(main, sections);
        var language = document.DocumentElement.GetAttribute("lang") is { Length: > 0 } lang ? lang : "en";
        return new SearchDocument(urls.Link(page.Route.Url), language, type, title, summary, sections.Finish(), Facets(type, page.Route));
    }

    void Walk(INode node, SectionWriter sections)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sections.Append(text.Data);
                    break;
                case IElement { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" } heading:
                    sections.Start(heading.Id, Collapse(heading.TextContent));
                    break;
                case IElement element when Inline.Contains(element.LocalName):
                    Walk(element, sections);
                    // Two inline elements with nothing between are laid out apart by the theme's CSS
                    // (<span>DINAGUA</span><span>The public body…</span>): their words must not run together.
                    if (element.NextSibling is IElement)
                    {
                        sections.Break();
                    }

                    break;
                case IElement element:
                    sections.Break();
                    Walk(element, sections);
                    sections.Break();
                    break;
            }
        }
    }

    ImmutableArray<FacetValue> Facets(string type, PageRoute route)
    {
        var facets = ImmutableArray.CreateBuilder<FacetValue>();
        facets.Add(new FacetValue(FacetGroups.Type, type, typeName(type)));
        if (route.Data is CasePageView { Card: var card })
        {
            facets.AddRange(card.Countries.Select(f => new FacetValue(FacetGroups.Country, f.Slug, f.Name)));
            facets.AddRange(card.Themes.Select(f => new FacetValue(FacetGroups.Theme, f.Slug, f.Name)));
            facets.Add(new FacetValue(FacetGroups.Level, card.Level.Slug, card.Level.Name));
            facets.AddRange(card.Phases.Select(f => new FacetValue(FacetGroups.Phase, f.Slug, f.Name)));
            facets.AddRange(card.Sectors.Select(f => new FacetValue(FacetGroups.Sector, f.Slug, f.Name)));
        }

        return facets.ToImmutable();
    }

    static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Collects text into sections, collapsing white space and keeping block boundaries as spaces.</summary>
    sealed class SectionWriter
    {
        readonly ImmutableArray<DocumentSection>.Builder sections = ImmutableArray.CreateBuilder<DocumentSection>();
        readonly StringBuilder text = new();
        string anchor = "";
        string heading = "";

        public void Start(string? id, string title)
        {
            Flush();
            anchor = string.IsNullOrEmpty(id) ? anchor : id;
            heading = title;
        }

        public void Append(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    Break();
                }
                else
                {
                    text.Append(c);
                }
            }
        }

        public void Break()
        {
            if (text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }
        }

        public ImmutableArray<DocumentSection> Finish()
        {
            Flush();
            return sections.ToImmutable();
        }

        void Flush()
        {
            var body = text.ToString().Trim();
            if (body.Length > 0 || heading.Length > 0)
            {
                sections.Add(new DocumentSection(anchor, heading, body));
            }

            text.Clear();
        }
    }
}
