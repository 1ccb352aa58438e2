using Portfolio.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portfolio.Rendering;

/// <summary>
/// Renders a page through its kind's layout and the base layout. Templates see <c>site</c>, <c>page</c>
/// and a few functions: <c>t</c> (UI text), <c>tf</c> (UI text with a value), <c>url</c>, <c>absolute_url</c>, <c>asset</c>
/// and <c>partial</c>. Every value is escaped by <see cref="EscapingTemplateContext"/>.
/// </summary>
public sealed class TemplateRenderer
{
    readonly Theme theme;
    readonly Urls urls;
    readonly UiText text;
    readonly Views.SiteGlobals siteGlobals;
    readonly ScriptObject functions;

    public TemplateRenderer(Theme theme, Urls urls, UiText text, Views.SiteGlobals siteGlobals)
    {
        this.theme = theme;
        this.urls = urls;
        this.text = text;
        this.siteGlobals = siteGlobals;
        functions = Functions();
    }

    public (string? Html, Diagnostic? Problem) Render(PageRoute route)
    {
        if (!theme.Layouts.TryGetValue(route.Layout, out var layout) || !theme.Layouts.TryGetValue("base", out var baseLayout))
        {
            var missing = theme.Layouts.ContainsKey(route.Layout) ? "base" : route.Layout;
            return (null, Diagnostic.Error(Codes.TemplateMissing, SourceRange.StartOf($"themes/default/layouts/{missing}.scriban"),
                $"the layout '{missing}.scriban' is missing", "add the layout to the theme's layouts folder"));
        }

        var context = Context(route);
        try
        {
            // The layout renders into the context's own output, which Render hands back as text and clears; the
            // base layout then wraps it. Partials write straight into the output of whatever includes them.
            var content = layout.Render(context);
            context.SetValue(new ScriptVariableGlobal("content"), new HtmlString(content));
            var html = baseLayout.Render(context);
            context.Reset();
            return (html, null);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            // A context a template failed in may be left mid-loop or mid-function: the next page gets a new one.
            pooled = null;
            return (null, Diagnostic.Error(Codes.TemplateRuntime,
                new SourceRange(e.Span.FileName ?? "themes/default/layouts", e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.Span.End.Line + 1, e.Span.End.Column + 1),
                e.OriginalMessage, "check the variable and member names the template uses"));
        }
    }

    /// <summary>Longest title that shows whole in search results; longer ones drop the site name.</summary>
    public const int MaxDocumentTitle = 70;

    /// <summary>
    /// The page's <c>&lt;title&gt;</c>: "Page · Site", or the page title alone when that would be too long, cut at a
    /// word with an ellipsis when even that is (a long step title in Spanish); the page's h1 keeps it whole.
    /// </summary>
    string DocumentTitle(PageRoute route)
    {
        var site = siteGlobals.Settings.Title;
        if (route.Url == Urls.Home)
        {
            return site;
        }

        var full = $"{route.Title} · {site}";
        if (full.Length <= MaxDocumentTitle)
        {
            return full;
        }

        if (route.Title.Length <= MaxDocumentTitle)
        {
            return route.Title;
        }

        var cut = route.Title.LastIndexOf(' ', MaxDocumentTitle - 1);
        return route.Title[..(cut > 0 ? cut : MaxDocumentTitle - 1)].TrimEnd(',', ';', ':') + "…";
    }

    /// <summary>
    /// One context per thread, reset between pages (Scriban's <see cref="TemplateContext.Reset"/>): making a context
    /// allocates dozens of arrays and an output buffer that would otherwise be thrown away on every page.
    /// </summary>
    [ThreadStatic]
    static EscapingTemplateContext? pooled;

    EscapingTemplateContext Context(PageRoute route)
    {
        var context = pooled ??= new EscapingTemplateContext();
        context.Reset();
        context.PushGlobal(functions);
        context.PushGlobal(new ScriptObject
        {
            ["site"] = siteGlobals,
            ["page"] = route,
            ["document_title"] = DocumentTitle(route),
            ["content"] = HtmlString.Empty,
        });
        return context;
    }

    /// <summary>The template functions: built once and shared read-only by every page's context.</summary>
    ScriptObject Functions()
    {
        var functions = new ScriptObject();
        void Add(string name, int parameters, Func<TemplateContext, ScriptNode?, ScriptArray, object?> body) =>
            functions.SetValue(name, new TemplateFunction(name, parameters, body), true);

        Add("t", 1, (c, n, a) => text[TemplateFunction.Text(c, n, a, 0)]);
        Add("tf", 2, (c, n, a) => text.Format(TemplateFunction.Text(c, n, a, 0), TemplateFunction.Value(n, a, 1)));
        Add("url", 1, (c, n, a) => urls.Link(TemplateFunction.Text(c, n, a, 0)));
        Add("absolute_url", 1, (c, n, a) => urls.Absolute(TemplateFunction.Text(c, n, a, 0)));
        Add("asset", 1, (c, n, a) => Asset(TemplateFunction.Text(c, n, a, 0)));
        Add("partial", 2, (c, n, a) => Partial(c, TemplateFunction.Text(c, n, a, 0), TemplateFunction.Value(n, a, 1)));
        return functions;
    }

    string Asset(string path) => theme.Assets.TryGetValue(path, out var asset)
        ? urls.Link("/" + asset.OutputPath)
        : throw new ScriptRuntimeException(default, $"the theme has no asset 'assets/{path}'");

    HtmlString Partial(TemplateContext context, string name, object model)
    {
        if (!theme.Layouts.TryGetValue("partials/" + name, out var template))
        {
            throw new ScriptRuntimeException(default, $"the partial 'partials/{name}.scriban' is missing");
        }

        var locals = new ScriptObject { ["model"] = model };
        context.PushGlobal(locals);
        if (template.SourceFilePath is { } file)
        {
            context.PushSourceFile(file);
        }

        try
        {
            // What Template.Render does, minus taking the output away: the partial writes where it is included.
            if (template.Page is { } page && context.Evaluate(page) is { } result)
            {
                context.Write(page.Span, result);
            }

            return HtmlString.Empty;
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                context.PopSourceFile();
            }

            context.PopGlobal();
        }
    }
}
