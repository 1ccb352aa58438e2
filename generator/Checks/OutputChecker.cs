using System.Collections.Frozen;
using System.Collections.Immutable;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Portfolio.Diagnostics;
using Portfolio.Output;
using Portfolio.Rendering;

namespace Portfolio.Checks;

/// <summary>
/// Stage 6, check: reads every rendered page with AngleSharp and reports broken internal links and
/// anchors, images without alt text, pages without exactly one h1, and ids used twice. A problem is
/// reported against the content file the page came from when there is one.
/// </summary>
public sealed class OutputChecker(Urls urls)
{
    public ImmutableArray<Diagnostic> Check(ImmutableArray<OutputFile> files, ImmutableArray<RenderedPage> pages)
    {
        var paths = files.Select(f => f.Path).ToFrozenSet(StringComparer.Ordinal);
        var parser = new HtmlParser();
        var documents = pages.AsParallel().AsOrdered()
            .Select(p => (Page: p, Document: parser.ParseDocument(p.Html)))
            .ToList();
        var ids = documents.ToFrozenDictionary(d => d.Page.File.Path,
            d => d.Document.QuerySelectorAll("[id]").Select(e => e.Id!).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

        return [.. documents.AsParallel().AsOrdered().SelectMany(d => CheckPage(d.Page, d.Document, paths, ids))];
    }

    IEnumerable<Diagnostic> CheckPage(RenderedPage page, IHtmlDocument document, FrozenSet<string> paths, FrozenDictionary<string, FrozenSet<string>> ids)
    {
        var at = SourcePosition.StartOf(page.Route.SourcePath ?? page.File.Path);
        var where = page.Route.SourcePath is null ? "" : $" (on {page.Route.Url})";
        var h1 = document.QuerySelectorAll("h1").Length;
        if (h1 != 1)
        {
            yield return Diagnostic.Error(Codes.HeadingCount, at, $"the page has {h1} h1 headings; it needs exactly one{where}",
                "the layout gives each page its title as h1; use ## and lower in the body");
        }

        foreach (var group in document.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1))
        {
            yield return Diagnostic.Error(Codes.DuplicateId, at, $"the id '{group.Key}' is used {group.Count()} times{where}",
                "rename one of the headings so their anchors differ");
        }

        foreach (var image in document.Images.Where(i => !i.HasAttribute("alt")))
        {
            yield return Diagnostic.Error(Codes.MissingAlt, at, $"the image '{image.GetAttribute("src")}' has no alt text{where}",
                "describe the image in the alt text; use an empty alt only for decoration");
        }

        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            var problem = CheckLink(anchor.GetAttribute("href")!, page, paths, ids);
            if (problem is not null)
            {
                yield return Diagnostic.Error(problem.Value.Code, at, problem.Value.Message + where, problem.Value.Hint);
            }
        }
    }

    (DiagnosticCode Code, string Message, string Hint)? CheckLink(string href, RenderedPage page, FrozenSet<string> paths, FrozenDictionary<string, FrozenSet<string>> ids)
    {
        if (href.StartsWith("//", StringComparison.Ordinal) || href.Contains(':', StringComparison.Ordinal) && !href.StartsWith('/') && !href.StartsWith('#'))
        {
            return null; // external
        }

        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var pathPart = hash >= 0 ? href[..hash] : href;
        var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : null;
        var query = pathPart.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            pathPart = pathPart[..query];
        }

        string target;
        if (pathPart.Length == 0)
        {
            target = page.File.Path;
        }
        else
        {
            var resolved = new Uri(new Uri("https://site.invalid" + urls.Link(page.Route.Url)), pathPart).AbsolutePath;
            var basePath = urls.Link("/");
            if (!resolved.StartsWith(basePath, StringComparison.Ordinal))
            {
                return (Codes.BrokenLink, $"the link '{href}' leaves the site's base path", "link to pages of this site with a path starting with /");
            }

            target = Urls.OutputPath("/" + Uri.UnescapeDataString(resolved[basePath.Length..]));
            if (!paths.Contains(target) && paths.Contains(target + "/index.html"))
            {
                return (Codes.BrokenLink, $"the link '{href}' needs a trailing slash", "end links to pages with '/'");
            }

            if (!paths.Contains(target))
            {
                return (Codes.BrokenLink, $"the link '{href}' points to no page of the site", "check the address; pages end with '/' (e.g. /cases/ia2/)");
            }
        }

        if (string.IsNullOrEmpty(fragment) || !ids.TryGetValue(target, out var targetIds) || targetIds.Contains(fragment))
        {
            return null;
        }

        return (Codes.BrokenAnchor, $"the link '{href}' points to the anchor '#{fragment}', which the page does not have",
            "anchors are the headings' ids, lower-case with hyphens");
    }
}
