using System.Collections.Immutable;
using Portfolio.Rendering;

namespace Portfolio.Search;

/// <summary>
/// Turns what the render stage read from a page (<see cref="PageReading"/>: the h1 as title, the lede as
/// summary, and the text under each heading of <c>main</c>, without navigation, forms, other cases' cards or the
/// matrix) into a search document, so a page is found for what it says, not for what it links to. Facets come
/// from what the page is filed under.
/// </summary>
public sealed class DocumentExtractor(Urls urls, Func<string, string> typeName)
{
    public SearchDocument? Extract(RenderedPage page)
    {
        var type = DocumentTypes.Of(page.Route.Kind);
        var reading = page.Reading;
        if (type is null || !reading.HasMain)
        {
            return null;
        }

        var sections = reading.Sections.Select(s => new DocumentSection(s.Anchor, s.Heading, s.Text)).ToImmutableArray();
        var language = reading.Language.Length > 0 ? reading.Language : "en";
        return new SearchDocument(urls.Link(page.Url), language, type, reading.Title ?? page.Route.Title, reading.Summary ?? page.Route.Description,
            sections, Facets(type, page.Route));
    }

    /// <summary>The page's type, then what it is filed under, group by group.</summary>
    ImmutableArray<FacetValue> Facets(string type, PageRoute route) =>
    [
        new FacetValue(FacetGroups.Type, type, typeName(type)),
        .. route.Filed.Select(term => new FacetValue(Model.Facets.Key(term.Taxon), term.Slug, term.Name)),
    ];
}
