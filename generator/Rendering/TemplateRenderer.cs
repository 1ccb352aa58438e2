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

        try
        {
            var context = NewContext(route);
            var content = RenderWith(context, layout);
            context.SetValue(new ScriptVariableGlobal("content"), new HtmlString(content));
            return (RenderWith(context, baseLayout), null);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            return (null, Diagnostic.Error(Codes.TemplateRuntime,
                new SourceRange(e.Span.FileName ?? "themes/default/layouts", e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.Span.End.Line + 1, e.Span.End.Column + 1),
                e.OriginalMessage, "check the variable and member names the template uses"));
        }
    }

    static string RenderWith(TemplateContext context, Template template)
    {
        context.PushOutput();
        try
        {
            // Render returns what the template wrote to the pushed output, and clears it.
            return template.Render(context) ?? "";
        }
        finally
        {
            context.PopOutput();
        }
    }

    /// <summary>Longest title that shows whole in search results; longer ones drop the site name.</summary>
    public const int MaxDocumentTitle = 70;

    /// <summary>The page's <c>&lt;title&gt;</c>: "Page · Site", or the page title alone when that would be too long.</summary>
    string DocumentTitle(PageRoute route)
    {
        var site = siteGlobals.Settings.Title;
        if (route.Url == Urls.Home)
        {
            return site;
        }

        var full = $"{route.Title} · {site}";
        return full.Length <= MaxDocumentTitle ? full : route.Title;
    }

    EscapingTemplateContext NewContext(PageRoute route)
    {
        var globals = new ScriptObject
        {
            ["site"] = siteGlobals,
            ["page"] = route,
            ["document_title"] = DocumentTitle(route),
            ["content"] = HtmlString.Empty,
        };
        var context = new EscapingTemplateContext();
        context.PushGlobal(functions);
        context.PushGlobal(globals);
        return context;
    }

    /// <summary>The template functions: built once and shared read-only by every page's context.</summary>
    ScriptObject Functions()
    {
        var functions = new ScriptObject();
        functions.Import("t", new Func<string, string>(key => text[key]));
        functions.Import("tf", new Func<string, object, string>(text.Format));
        functions.Import("url", new Func<string, string>(urls.Link));
        functions.Import("absolute_url", new Func<string, string>(urls.Absolute));
        functions.Import("asset", new Func<string, string>(Asset));
        functions.Import("partial", new Func<TemplateContext, string, object, HtmlString>(Partial));
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
        try
        {
            return new HtmlString(RenderWith(context, template));
        }
        finally
        {
            context.PopGlobal();
        }
    }

}
