using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Portfolio.Content.Documents;

namespace Portfolio.Rendering;

/// <summary>
/// Renders a validated Markdown body to HTML. Site-relative links get the base path. Raw HTML and
/// unsafe links never reach here: the validate stage rejects them, and an unsafe link that slipped
/// through would still be written as '#'.
/// </summary>
public sealed class BodyRenderer(Urls urls)
{
    public HtmlString Render(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            EnableHtmlForBlock = true,
            EnableHtmlForInline = true,
            LinkRewriter = link => Content.MarkdownRules.IsSafe(link) ? urls.Link(link) : "#",
        };
        Content.MarkdownSetup.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new HtmlString(writer.ToString());
    }
}
