using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Portfolio.Content;

/// <summary>
/// Gives every heading of a body its anchor id, GitHub style ("What happened?" becomes <c>what-happened</c>,
/// a repeat becomes <c>what-happened-1</c>). Markdig's auto-identifier extension does the same but finds the
/// next free suffix by counting up from 1 for every repeat, which takes minutes for a body of thousands of
/// equal headings; this keeps the next suffix per id, so it is linear, and gives the same ids.
/// </summary>
public static class HeadingIds
{
    public static void Assign(MarkdownDocument document)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        using var writer = new StringWriter();
        var strip = new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Inline is null)
            {
                continue;
            }

            writer.GetStringBuilder().Clear();
            strip.Render(heading.Inline);
            writer.Flush();
            var text = LinkHelper.UrilizeAsGfm(writer.ToString());
            var id = string.IsNullOrEmpty(text) ? "section" : text;
            if (!taken.Add(id))
            {
                var suffix = nextSuffix.GetValueOrDefault(id, 1);
                string candidate;
                do
                {
                    candidate = $"{id}-{suffix++}";
                }
                while (!taken.Add(candidate));

                nextSuffix[id] = suffix;
                id = candidate;
            }

            heading.GetAttributes().Id = id;
        }
    }
}
