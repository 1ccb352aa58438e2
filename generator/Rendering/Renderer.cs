using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Portfolio.Diagnostics;
using Portfolio.Model;
using Portfolio.Output;
using Portfolio.Rendering.Head;
using Portfolio.Rendering.Views;

namespace Portfolio.Rendering;

/// <summary>
/// Stage 5, render: every page through Markdig and Scriban, then the theme assets (content-hashed)
/// and the files of each <see cref="IOutputProducer"/>. The result is sorted by path, so it is the
/// same for the same input whatever the order of work.
/// </summary>
public sealed class Renderer(Theme theme, UiText text, ImmutableArray<IOutputProducer> producers, DateOnly? buildDate)
{
    public (ImmutableArray<OutputFile> Files, ImmutableArray<RenderedPage> Pages, ImmutableArray<Diagnostic> Diagnostics) Render(Site site)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var urls = new Urls(site.Settings.BaseUrl);
        var views = new ViewFactory(site, text);
        var dataset = DatasetInfo.Of(site, urls, text, buildDate);
        var head = new HeadBuilder(site, theme, urls, text, dataset);
        var map = new SiteMap(site, views, new BodyRenderer(urls), text, head, dataset);
        var year = (buildDate ?? site.Cases.Select(c => c.File.LastReviewed).Max() ?? new DateOnly(2000, 1, 1)).Year;
        var globals = new SiteGlobals(site.Settings, map.Sections(), map.FooterLinks(), site.Cases.Length, year.ToString(CultureInfo.InvariantCulture));
        var templates = new TemplateRenderer(theme, urls, text, globals);

        var rendered = map.Routes().AsParallel().AsOrdered().Select(route => (Route: route, Result: templates.Render(route))).ToList();
        var pages = ImmutableArray.CreateBuilder<RenderedPage>();
        foreach (var (route, (html, _)) in rendered.Where(r => r.Result.Problem is null))
        {
            pages.Add(new RenderedPage(route, new OutputFile(Urls.OutputPath(route.Url), Encoding.UTF8.GetBytes(html!))));
        }

        // A template error repeats on every page of a kind: report it once, naming the first page.
        foreach (var group in rendered.Where(r => r.Result.Problem is not null).GroupBy(r => r.Result.Problem))
        {
            var first = group.First().Route.Url;
            var others = group.Count() - 1;
            var problem = group.Key!;
            diagnostics.Add(problem with { Message = $"{problem.Message} (rendering {first}" + (others > 0 ? $" and {others} more pages)" : ")") });
        }

        var files = new List<OutputFile>(pages.Select(p => p.File));
        files.AddRange(theme.Assets.Values.Select(a => new OutputFile(a.OutputPath, a.Bytes)));
        var context = new RenderContext(theme, urls, text, dataset, buildDate);
        foreach (var producer in producers)
        {
            files.AddRange(producer.Produce(site, context, pages.ToImmutable(), diagnostics));
        }

        diagnostics.AddRange(text.Problems());
        return ([.. files.OrderBy(f => f.Path, StringComparer.Ordinal)], pages.ToImmutable(), diagnostics.ToImmutable());
    }
}
