using System.Collections.Frozen;
using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Portfolio.Content;
using Portfolio.Diagnostics;
using Portfolio.Output;
using Portfolio.Rendering;
using Portfolio.Content.Documents;

namespace Portfolio.Checks;

/// <summary>
/// Stage 6, check: reads every rendered page with AngleSharp and reports broken internal links and
/// anchors, images without alt text, pages without exactly one h1, ids used twice and headings that
/// skip a level. A problem is reported against the content file the page came from when there is one,
/// at the line and column of the link or heading when it was written in that file's Markdown.
/// </summary>
public sealed class OutputChecker(Urls urls, ImmutableArray<SourceFile> sources, PageFactsCache? cache = null)
{
    static readonly string[] HeadingTags = ["H1", "H2", "H3", "H4", "H5", "H6"];

    public ImmutableArray<Diagnostic> Check(ImmutableArray<OutputFile> files, ImmutableArray<RenderedPage> pages)
    {
        var paths = files.Select(f => f.Path).ToFrozenSet(StringComparer.Ordinal);
        var parser = new HtmlParser();
        var facts = pages.AsParallel().AsOrdered().Select(p => cache is null ? PageFacts.Read(p, parser) : cache.GetOrRead(p, parser)).ToList();
        cache?.Retain(pages);
        var ids = facts.ToFrozenDictionary(f => f.Page.File.Path, f => f.Ids.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var links = new LinkTargets(urls, paths, ids);
        var locator = new SourceLocator(sources, urls.Link("/"));

        return [.. facts.AsParallel().AsOrdered().SelectMany(f => CheckPage(f, links, locator))];
    }

    static IEnumerable<Diagnostic> CheckPage(PageFacts facts, LinkTargets links, SourceLocator locator)
    {
        var page = facts.Page;
        var source = page.Route.SourcePath;
        var at = SourcePosition.StartOf(source ?? page.File.Path);
        var where = source is null ? "" : $" (on {page.Route.Url})";
        SourcePosition? Written(int level, string text) => source is null ? null : locator.Heading(source, level, text);

        if (facts.H1Count != 1)
        {
            yield return Diagnostic.Error(Codes.HeadingCount, at, $"the page has {facts.H1Count} h1 headings; it needs exactly one{where}",
                "the layout gives each page its title as h1; use ## and lower in the body");
        }

        foreach (var group in facts.Ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return Diagnostic.Error(Codes.DuplicateId, DuplicateHeading(facts, group.Key, Written) ?? at,
                $"the id '{group.Key}' is used {group.Count()} times{where}", "rename one of the headings so their anchors differ");
        }

        foreach (var image in facts.ImagesWithoutAlt)
        {
            yield return Diagnostic.Error(Codes.MissingAlt, at, $"the image '{image}' has no alt text{where}",
                "describe the image in the alt text; use an empty alt only for decoration");
        }

        var previous = 0;
        foreach (var (level, text, _) in facts.Headings)
        {
            if (level > previous + 1)
            {
                var after = previous == 0 ? "at the start of the page" : $"after an h{previous}";
                yield return Diagnostic.Error(Codes.HeadingOrder, Written(level, text) ?? at,
                    $"the heading '{text.Trim()}' is an h{level} {after}, so a level is skipped{where}",
                    "go down one level at a time: ## for sections, ### inside them, then ####");
            }

            previous = level;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var reported = 0;
        foreach (var href in facts.Links)
        {
            var occurrence = seen[href] = seen.GetValueOrDefault(href, -1) + 1;
            if (links.Check(href, page) is { } problem)
            {
                // Finding where a link was written costs a look through the file, so only the first few are placed;
                // the pipeline caps what is printed anyway.
                var position = source is null || reported++ >= Content.ContentLimits.MaxProblemsPerKind ? at : locator.Link(source, href, occurrence);
                yield return Diagnostic.Error(problem.Code, position, problem.Message + where, problem.Hint);
            }
        }
    }

    /// <summary>Where a heading whose anchor is the duplicated id was written, if it was written in Markdown.</summary>
    static SourcePosition? DuplicateHeading(PageFacts facts, string id, Func<int, string, SourcePosition?> written) =>
        facts.Headings.Where(h => h.Id == id).Select(h => written(h.Level, h.Text)).FirstOrDefault(p => p is not null);
}
