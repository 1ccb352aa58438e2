using System.Collections.Frozen;
using System.Collections.Immutable;
using Portfolio.Diagnostics;
using Portfolio.Rendering;

namespace Portfolio.Checks;

/// <summary>
/// Stage 6, check: from what the render stage read of every page (<see cref="PageReading"/>), reports broken
/// internal links and anchors, images without alt text, pages without exactly one h1, ids used twice and
/// headings that skip a level. A problem is reported against the content file the page came from when there is one, at the
/// span of the link or heading when it was written in that file's Markdown (the page's <see cref="SourceMap"/>).
/// </summary>
public sealed class OutputChecker(Urls urls)
{
    public ImmutableArray<Diagnostic> Check(ImmutableArray<string> paths, ImmutableArray<RenderedPage> pages)
    {
        var ids = pages.ToFrozenDictionary(p => p.Path, p => p.Reading.Ids.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var links = new LinkTargets(urls, paths.ToFrozenSet(StringComparer.Ordinal), ids);

        return [.. pages.AsParallel().AsOrdered().SelectMany(p => CheckPage(p, links))];
    }

    static IEnumerable<Diagnostic> CheckPage(RenderedPage page, LinkTargets links)
    {
        var facts = page.Reading;
        var source = page.Route.SourcePath;
        var map = page.Route.Map;
        var at = SourceRange.StartOf(source ?? page.Path);
        var where = source is null ? "" : $" (on {page.Route.Url})";

        if (facts.H1Count != 1)
        {
            yield return Diagnostic.Error(Codes.HeadingCount, at, $"the page has {facts.H1Count} h1 headings; it needs exactly one{where}",
                "the layout gives each page its title as h1; use ## and lower in the body");
        }

        foreach (var group in facts.Ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return Diagnostic.Error(Codes.DuplicateId, map?.Heading(group.Key) ?? at,
                $"the id '{group.Key}' is used {group.Count()} times{where}", "rename one of the headings so their anchors differ");
        }

        foreach (var image in facts.ImagesWithoutAlt)
        {
            yield return Diagnostic.Error(Codes.MissingAlt, at, $"the image '{image}' has no alt text{where}",
                "describe the image in the alt text; use an empty alt only for decoration");
        }

        var previous = 0;
        foreach (var (level, text, id) in facts.Headings)
        {
            if (level > previous + 1)
            {
                var after = previous == 0 ? "at the start of the page" : $"after an h{previous}";
                yield return Diagnostic.Error(Codes.HeadingOrder, map?.Heading(id) ?? at,
                    $"the heading '{text.Trim()}' is an h{level} {after}, so a level is skipped{where}",
                    "go down one level at a time: ## for sections, ### inside them, then ####");
            }

            previous = level;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var href in facts.Links)
        {
            var occurrence = seen[href] = seen.GetValueOrDefault(href, -1) + 1;
            if (links.Check(href, page) is { } problem)
            {
                yield return Diagnostic.Error(problem.Code, map?.Link(href, occurrence) ?? at, problem.Message + where, problem.Hint);
            }
        }
    }
}
