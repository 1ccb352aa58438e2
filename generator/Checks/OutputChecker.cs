using System.Collections.Frozen;
using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Portfolio.Content;
using Portfolio.Diagnostics;
using Portfolio.Output;
using Portfolio.Rendering;

namespace Portfolio.Checks;

/// <summary>
/// Stage 6, check: reads every rendered page with AngleSharp and reports broken internal links and
/// anchors, images without alt text, pages without exactly one h1, ids used twice and headings that
/// skip a level. A problem is reported against the content file the page came from when there is one,
/// at the line and column of the link or heading when it was written in that file's Markdown.
/// </summary>
public sealed class OutputChecker(Urls urls, ImmutableArray<SourceFile> sources)
{
    static readonly string[] HeadingTags = ["H1", "H2", "H3", "H4", "H5", "H6"];

    public ImmutableArray<Diagnostic> Check(ImmutableArray<OutputFile> files, ImmutableArray<RenderedPage> pages)
    {
        var paths = files.Select(f => f.Path).ToFrozenSet(StringComparer.Ordinal);
        var parser = new HtmlParser();
        var documents = pages.AsParallel().AsOrdered()
            .Select(p => (Page: p, Document: parser.ParseDocument(p.Html)))
            .ToList();
        var ids = documents.ToFrozenDictionary(d => d.Page.File.Path,
            d => d.Document.QuerySelectorAll("[id]").Select(e => e.Id!).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var links = new LinkTargets(urls, paths, ids);
        var locator = new SourceLocator(sources, urls.Link("/"));

        return [.. documents.AsParallel().AsOrdered().SelectMany(d => CheckPage(d.Page, d.Document, links, locator))];
    }

    static IEnumerable<Diagnostic> CheckPage(RenderedPage page, IHtmlDocument document, LinkTargets links, SourceLocator locator)
    {
        var source = page.Route.SourcePath;
        var at = SourcePosition.StartOf(source ?? page.File.Path);
        var where = source is null ? "" : $" (on {page.Route.Url})";
        SourcePosition? Written(IElement heading) => source is null ? null : locator.Heading(source, Level(heading), heading.TextContent);

        var h1 = document.QuerySelectorAll("h1").Length;
        if (h1 != 1)
        {
            yield return Diagnostic.Error(Codes.HeadingCount, at, $"the page has {h1} h1 headings; it needs exactly one{where}",
                "the layout gives each page its title as h1; use ## and lower in the body");
        }

        foreach (var group in document.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1))
        {
            var written = group.Where(e => HeadingTags.Contains(e.TagName)).Select(Written).FirstOrDefault(p => p is not null);
            yield return Diagnostic.Error(Codes.DuplicateId, written ?? at,
                $"the id '{group.Key}' is used {group.Count()} times{where}", "rename one of the headings so their anchors differ");
        }

        foreach (var image in document.Images.Where(i => !i.HasAttribute("alt")))
        {
            yield return Diagnostic.Error(Codes.MissingAlt, at, $"the image '{image.GetAttribute("src")}' has no alt text{where}",
                "describe the image in the alt text; use an empty alt only for decoration");
        }

        var previous = 0;
        foreach (var heading in document.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            var level = Level(heading);
            if (level > previous + 1)
            {
                var after = previous == 0 ? "at the start of the page" : $"after an h{previous}";
                yield return Diagnostic.Error(Codes.HeadingOrder, Written(heading) ?? at,
                    $"the heading '{heading.TextContent.Trim()}' is an h{level} {after}, so a level is skipped{where}",
                    "go down one level at a time: ## for sections, ### inside them, then ####");
            }

            previous = level;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            var href = anchor.GetAttribute("href")!;
            var occurrence = seen[href] = seen.GetValueOrDefault(href, -1) + 1;
            if (links.Check(href, page) is { } problem)
            {
                yield return Diagnostic.Error(problem.Code, source is null ? at : locator.Link(source, href, occurrence), problem.Message + where, problem.Hint);
            }
        }
    }

    static int Level(IElement heading) => heading.TagName[1] - '0';
}
