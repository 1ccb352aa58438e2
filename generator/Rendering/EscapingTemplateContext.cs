using System.Collections.Concurrent;
using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Portfolio.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes with <c>{{ }}</c>, unless the
/// value is an <see cref="HtmlString"/>. Literal template text is written as is. Escaping is therefore
/// the default, and raw output has to be produced by the generator on purpose.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    /// <summary>Scriban's built-in functions, made once: a context would otherwise copy them all for every page.</summary>
    static readonly ScriptObject Builtins = GetDefaultBuiltinObject();

    /// <summary>
    /// How to read each .NET type's members, found once for the build: a context would otherwise look them up by
    /// reflection again on every page. The accessors depend only on the type and on Scriban's default naming.
    /// </summary>
    static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

    public EscapingTemplateContext() : base(Builtins)
    {
        StrictVariables = true;
        LoopLimit = int.MaxValue;
        // Scriban truncates long strings and output by default (1 MiB); a list page of a large
        // portfolio is longer than that, and a silently cut page is worse than any limit.
        LimitToString = 0;
        OutputLimit = 0;
        RecursiveLimit = 64;
        EnableRelaxedMemberAccess = false;
        // Values are written as they are: re-indenting the lines of a multi-line value would change the text of
        // <pre> blocks in the body and costs a pass over every value written.
        AutoIndent = false;
    }

    protected override IObjectAccessor GetMemberAccessorImpl(object target) =>
        Accessors.TryGetValue(target.GetType(), out var accessor) ? accessor : Accessors.GetOrAdd(target.GetType(), base.GetMemberAccessorImpl(target) ?? NullAccessor.Default);

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        HtmlString html => base.Write(span, html.Value),
        IFormattable number when textAsObject is int or long or double or decimal => base.Write(span, number.ToString(null, CultureInfo.InvariantCulture)),
        _ => base.Write(span, Html.Escape(ObjectToString(textAsObject))),
    };
}
