using System.Collections.Immutable;
using System.Text;
using Markdig.Extensions.SmartyPants;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Portfolio.Rendering.Views;

/// <summary>
/// The "on this page" outline of a Markdown body: its level-2 headings with the ids the auto-identifier
/// extension gave them at parse time, as in-page links.
/// </summary>
public static class PageOutline
{
    public static ImmutableArray<NavLink> Of(MarkdownDocument body) =>
    [
        .. body.Descendants<HeadingBlock>()
            .Where(h => h.Level == 2 && h.GetAttributes().Id is { Length: > 0 })
            .Select(h => new NavLink("#" + h.GetAttributes().Id, PlainText(h.Inline))),
    ];

    /// <summary>The text of a heading as a reader sees it, with typographic quotes and dashes.</summary>
    static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var node in inline?.Descendants() ?? [])
        {
            text.Append(node switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                LineBreakInline => " ",
                SmartyPant smarty => Typographic(smarty.Type),
                _ => "",
            });
        }

        return text.ToString().Trim();
    }

    static string Typographic(SmartyPantType type) => type switch
    {
        SmartyPantType.Quote or SmartyPantType.RightQuote => "\u2019",
        SmartyPantType.LeftQuote => "\u2018",
        SmartyPantType.DoubleQuote or SmartyPantType.LeftDoubleQuote => "\u201C",
        SmartyPantType.RightDoubleQuote => "\u201D",
        SmartyPantType.Dash2 => "\u2013",
        SmartyPantType.Dash3 => "\u2014",
        SmartyPantType.Ellipsis => "\u2026",
        SmartyPantType.LeftAngleQuote => "\u00AB",
        SmartyPantType.RightAngleQuote => "\u00BB",
        _ => "",
    };
}
