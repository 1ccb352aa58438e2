using System.Globalization;
using Scriban;
using Scriban.Parsing;

namespace Portfolio.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes with <c>{{ }}</c>, unless the
/// value is an <see cref="HtmlString"/>. Literal template text is written as is. Escaping is therefore
/// the default, and raw output has to be produced by the generator on purpose.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    public EscapingTemplateContext()
    {
        StrictVariables = true;
        LoopLimit = int.MaxValue;
        // Scriban truncates long strings and output by default (1 MiB); a list page of a large
        // portfolio is longer than that, and a silently cut page is worse than any limit.
        LimitToString = 0;
        OutputLimit = 0;
        RecursiveLimit = 64;
        EnableRelaxedMemberAccess = false;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        HtmlString html => base.Write(span, html.Value),
        IFormattable number when textAsObject is int or long or double or decimal => base.Write(span, number.ToString(null, CultureInfo.InvariantCulture)),
        _ => base.Write(span, Html.Escape(ObjectToString(textAsObject))),
    };
}
