using System.Collections.Immutable;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portfolio.Content;
using Portfolio.Diagnostics;

namespace Portfolio.Rendering;

/// <summary>
/// Renders a validated Markdown body to HTML. Site-relative links get the base path. Raw HTML and unsafe links
/// never reach here: the validate stage rejects them, and an unsafe link that slipped through would still be
/// written as '#'. <see cref="Map"/> says where the body's links and headings were written.
/// </summary>
public sealed class BodyRenderer(Urls urls, RenderMemory? memory = null)
{
    /// <summary>The addresses of the edition the bodies are rendered for.</summary>
    public Urls Urls => urls;

    public HtmlString Render(MarkdownDocument document) => Render(document, 0, document.Count);

    /// <summary>The top-level blocks <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive) of a body, e.g. all but its closing section.</summary>
    public HtmlString Render(MarkdownDocument document, int from, int to) =>
        memory is null ? RenderNow(document, from, to) : memory.Body(document, $"{urls.Edition}:{from}:{to}", d => RenderNow(d, from, to));

    HtmlString RenderNow(MarkdownDocument document, int from, int to)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            EnableHtmlForBlock = true,
            EnableHtmlForInline = true,
            LinkRewriter = Rewrite,
        };
        MarkdownSetup.Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlTableRenderer>(new LabelledTableRenderer());
        if (from == 0 && to == document.Count)
        {
            renderer.Render(document);
        }
        else
        {
            for (var i = from; i < to; i++)
            {
                renderer.Render(document[i]);
            }
        }

        writer.Flush();
        return new HtmlString(writer.ToString());
    }

    /// <summary>Where each link (by the address the page will carry) and each heading (by its anchor) of the body was written.</summary>
    public SourceMap Map(MarkdownDocument document, string file, int bodyLine)
    {
        var links = new Dictionary<string, ImmutableArray<SourceRange>.Builder>(StringComparer.Ordinal);
        var headings = ImmutableDictionary.CreateBuilder<string, SourceRange>(StringComparer.Ordinal);
        foreach (var node in document.Descendants())
        {
            var url = node switch
            {
                LinkInline link => link.GetDynamicUrl?.Invoke() ?? link.Url,
                AutolinkInline autolink => autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url,
                _ => null,
            };
            if (url is not null)
            {
                var href = Rewrite(url);
                if (!links.TryGetValue(href, out var places))
                {
                    links[href] = places = ImmutableArray.CreateBuilder<SourceRange>();
                }

                places.Add(MarkdownSpans.Of(node, document, file, bodyLine));
            }
            else if (node is HeadingBlock heading && heading.GetAttributes().Id is { } id)
            {
                headings.TryAdd(id, MarkdownSpans.Of(heading, document, file, bodyLine));
            }
        }

        return new SourceMap(file, links.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutable(), StringComparer.Ordinal), headings.ToImmutable());
    }

    string Rewrite(string link) => MarkdownRules.IsSafe(link) ? urls.Link(link) : "#";
}
