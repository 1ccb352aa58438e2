using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using Portfolio.Rendering;

namespace Portfolio.Checks;

/// <summary>
/// What the check stage needs to know about one rendered page, read from its DOM in one pass. The
/// DOM itself is dropped right away, so checking a large site never holds every page tree at once.
/// </summary>
public sealed record PageFacts(
    RenderedPage Page,
    ImmutableArray<string> Ids,
    int H1Count,
    ImmutableArray<(int Level, string Text, string? Id)> Headings,
    ImmutableArray<string> ImagesWithoutAlt,
    ImmutableArray<string> Links)
{
    public static PageFacts Read(RenderedPage page, HtmlParser parser)
    {
        using var document = parser.ParseDocument(page.Html);
        var ids = ImmutableArray.CreateBuilder<string>();
        var headings = ImmutableArray.CreateBuilder<(int, string, string?)>();
        var images = ImmutableArray.CreateBuilder<string>();
        var links = ImmutableArray.CreateBuilder<string>();
        var h1 = 0;
        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id)
            {
                ids.Add(id);
            }

            switch (element.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    var level = element.LocalName[1] - '0';
                    h1 += level == 1 ? 1 : 0;
                    headings.Add((level, element.TextContent, element.Id));
                    break;
                case "img" when !element.HasAttribute("alt"):
                    images.Add(element.GetAttribute("src") ?? "");
                    break;
                case "a" when element.GetAttribute("href") is { } href:
                    links.Add(href);
                    break;
            }
        }

        return new PageFacts(page, ids.ToImmutable(), h1, headings.ToImmutable(), images.ToImmutable(), links.ToImmutable());
    }
}
