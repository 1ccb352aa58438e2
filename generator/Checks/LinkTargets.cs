using System.Collections.Frozen;
using Portfolio.Diagnostics;
using Portfolio.Rendering;

namespace Portfolio.Checks;

/// <summary>A link problem: which code, what is wrong and how to fix it.</summary>
public sealed record LinkProblem(DiagnosticCode Code, string Message, string Hint);

/// <summary>
/// Resolves an internal link from a page against the files of the site and the ids of each page.
/// External links (with a scheme or starting with <c>//</c>) are not checked.
/// </summary>
public sealed class LinkTargets(Urls urls, FrozenSet<string> paths, FrozenDictionary<string, FrozenSet<string>> ids)
{
    public LinkProblem? Check(string href, RenderedPage page)
    {
        if (href.StartsWith("//", StringComparison.Ordinal) || href.Contains(':', StringComparison.Ordinal) && !href.StartsWith('/') && !href.StartsWith('#'))
        {
            return null;
        }

        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var pathPart = hash >= 0 ? href[..hash] : href;
        var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : null;
        var query = pathPart.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            pathPart = pathPart[..query];
        }

        var target = page.Path;
        if (pathPart.Length > 0)
        {
            var resolved = new Uri(new Uri("https://site.invalid" + urls.Link(page.Route.Url)), pathPart).AbsolutePath;
            var basePath = urls.Link("/");
            if (!resolved.StartsWith(basePath, StringComparison.Ordinal))
            {
                return new(Codes.BrokenLink, $"the link '{href}' leaves the site's base path", "link to pages of this site with a path starting with /");
            }

            target = Urls.OutputPath("/" + Uri.UnescapeDataString(resolved[basePath.Length..]));
            if (!paths.Contains(target) && paths.Contains(target + "/index.html"))
            {
                return new(Codes.BrokenLink, $"the link '{href}' needs a trailing slash", "end links to pages with '/'");
            }

            if (!paths.Contains(target))
            {
                return new(Codes.BrokenLink, $"the link '{href}' points to no page of the site", "check the address; pages end with '/' (e.g. /cases/ia2/)");
            }
        }

        if (string.IsNullOrEmpty(fragment) || !ids.TryGetValue(target, out var targetIds) || targetIds.Contains(fragment))
        {
            return null;
        }

        return new(Codes.BrokenAnchor, $"the link '{href}' points to the anchor '#{fragment}', which the page does not have",
            "anchors are the headings' ids, lower-case with hyphens");
    }
}
