using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portfolio.Diagnostics;

namespace Portfolio.Content;

/// <summary>
/// Safety and structure rules for Markdown bodies: no raw HTML (it would bypass escaping), no link
/// scheme other than http, https and mailto, and no level-1 heading (the page title is the h1).
/// </summary>
public static partial class MarkdownRules
{
    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex SchemePattern();

    public static ImmutableArray<Diagnostic> Check(ParsedDocument document)
    {
        if (document.Body is null)
        {
            return [];
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var node in document.Body.Descendants())
        {
            var at = MarkdownSpans.Of(node, document.Body, document.Source.Path, document.BodyLine);
            switch (node)
            {
                case HtmlBlock or HtmlInline:
                    diagnostics.Add(Diagnostic.Error(Codes.RawHtml, at, "raw HTML is not allowed in content",
                        "use Markdown instead: **bold**, [link](https://…), lists and tables; HTML could break the page or its safety"));
                    break;
                case HeadingBlock { Level: 1 }:
                    diagnostics.Add(Diagnostic.Error(Codes.HeadingLevel, at, "the body uses a level-1 heading ('# ')",
                        "the title is the page's only level-1 heading; start sections with '## '"));
                    break;
                case LinkInline link when !IsSafe(link.Url):
                    diagnostics.Add(Diagnostic.Error(Codes.UnsafeLink, at, $"the link '{link.Url}' uses a scheme that is not allowed",
                        "links may start with https://, http://, mailto: or / for a page of this site"));
                    break;
                case HtmlEntityInline entity when TextRules.FirstRefused(entity.Transcoded.AsSpan()) >= 0:
                    diagnostics.Add(Diagnostic.Error(Codes.ControlCharacter, at,
                        $"the character reference '{entity.Original}' stands for {TextRules.Describe(entity.Transcoded.ToString(), TextRules.FirstRefused(entity.Transcoded.AsSpan()))}",
                        "remove it; text on the site cannot carry control characters or noncharacters"));
                    break;
                case AutolinkInline autolink when !IsSafe(autolink.Url):
                    diagnostics.Add(Diagnostic.Error(Codes.UnsafeLink, at, $"the link '{autolink.Url}' uses a scheme that is not allowed",
                        "links may start with https://, http://, mailto: or / for a page of this site"));
                    break;
            }
        }

        return diagnostics.ToImmutable();
    }

    /// <summary>True for relative URLs and http, https and mailto links.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
        var compact = new string([.. url.Where(c => c > ' ')]);
        var scheme = SchemePattern().Match(compact);
        return !scheme.Success || scheme.Value.ToLowerInvariant() is "http:" or "https:" or "mailto:";
    }
}
