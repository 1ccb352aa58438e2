using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Portfolio.Diagnostics;
using Portfolio.Model;
using Portfolio.Output;
using Portfolio.Rendering.Head;
using Portfolio.Rendering.Views;

namespace Portfolio.Rendering;

/// <summary>
/// Stage 5, render: every page through Markdig and Scriban, both cores at once, each page read
/// (<see cref="PageReader"/>) and handed to the output sink as soon as it is made, so memory grows with the
/// largest page, not with the site; then the theme assets (content-hashed) and the files of each
/// <see cref="IOutputProducer"/>, which work from what was read. Pages come back in route order, so the result
/// is the same for the same input whatever the order of work.
/// </summary>
public sealed class Renderer(Theme theme, UiText text, ImmutableArray<IOutputProducer> producers, DateOnly? buildDate)
{
    /// <summary>
    /// Renders the site into <paramref name="sink"/>. With <paramref name="reuse"/> (the preview), a page whose inputs
    /// are unchanged since the last render is taken from <see cref="RenderMemory"/> instead of rendered again.
    /// </summary>
    public RenderResult Render(Site site, IOutputSink sink, RenderReuse? reuse = null, BuildProgress? progress = null)
    {
        progress ??= BuildProgress.None;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var parts = ImmutableArray.CreateBuilder<StageTiming>();
        var clock = Stopwatch.StartNew();
        void Part(string name)
        {
            parts.Add(new StageTiming(name, clock.Elapsed));
            clock.Restart();
        }

        var urls = new Urls(site.Settings.BaseUrl);
        var views = new ViewFactory(site, text);
        var dataset = DatasetInfo.Of(site, urls, text, buildDate);
        var head = new HeadBuilder(site, theme, urls, text, dataset);
        var year = (buildDate ?? site.Cases.Select(c => c.File.LastReviewed).Max() ?? new DateOnly(2000, 1, 1)).Year;
        var memory = reuse?.Memory;
        // The build date (the latest last_reviewed unless given) is on every page and in every open-data file.
        memory?.Begin($"{reuse!.SiteWideInputs}|{DatasetInfo.DateOf(site, buildDate):O}", reuse.CaseFileHashes, site);
        var map = new SiteMap(site, views, new BodyRenderer(urls, memory), text, head, dataset);
        var globals = new SiteGlobals(site.Settings, map.Sections(), map.FooterLinks(), site.Cases.Length, year.ToString(CultureInfo.InvariantCulture));
        var templates = new TemplateRenderer(theme, urls, text, globals);

        // Each route's view (a case page's holds its rendered body) is let go once the page is made: what later
        // stages need of a page is its route without the view, and what was read from it.
        var routes = map.Routes().ToArray();
        var addresses = routes.Select(r => r.Url).ToArray();
        Part("routes");
        var results = new (RenderedPage? Page, Diagnostic? Problem)[routes.Length];
        progress.Stage("render", routes.Length);
        Parallel.For(0, routes.Length, i =>
        {
            var route = routes[i];
            routes[i] = null!;
            progress.Step();
            var path = Urls.OutputPath(route.Url);
            var fingerprint = memory?.Fingerprint(route);
            if (fingerprint is not null && memory!.TryReuse(route.Url, fingerprint, out var kept, out var keptReading))
            {
                sink.Add(new OutputFile(path, kept));
                results[i] = (new RenderedPage(route with { Data = RenderedView.Instance }, path, keptReading), null);
                return;
            }

            var (html, problem) = templates.Render(route);
            if (html is null)
            {
                results[i] = (null, problem);
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(html);
            var reading = PageReader.Read(html);
            sink.Add(new OutputFile(path, bytes));
            results[i] = (new RenderedPage(route with { Data = RenderedView.Instance }, path, reading), null);
            if (fingerprint is not null)
            {
                memory!.Remember(route.Url, fingerprint, bytes, reading);
            }
        });
        memory?.Retain(addresses);

        // A template error repeats on every page of a kind: report it once, naming the first page.
        foreach (var group in results.Select((r, i) => (r.Problem, Url: addresses[i])).Where(r => r.Problem is not null).GroupBy(r => r.Problem))
        {
            var first = group.First().Url;
            var others = group.Count() - 1;
            var problem = group.Key!;
            diagnostics.Add(problem with { Message = $"{problem.Message} (rendering {first}" + (others > 0 ? $" and {others} more pages)" : ")") });
        }

        var pages = results.Select(r => r.Page).OfType<RenderedPage>().ToImmutableArray();
        Part("pages");
        progress.Stage("render: search index, open data, feeds");
        var paths = ImmutableArray.CreateBuilder<string>();
        paths.AddRange(pages.Select(p => p.Path));
        foreach (var asset in theme.Assets.Values)
        {
            sink.Add(new OutputFile(asset.OutputPath, asset.Bytes));
            paths.Add(asset.OutputPath);
        }

        Part("assets");
        var context = new RenderContext(theme, urls, text, dataset, buildDate) { Memory = memory };
        // The producers are independent of each other: they run side by side, and their files, problems and timings
        // are taken in the order the producers are listed, so the result does not depend on which finished first.
        var produced = new (ImmutableArray<OutputFile> Files, ImmutableArray<Diagnostic> Problems, TimeSpan Took)[producers.Length];
        Parallel.For(0, producers.Length, i =>
        {
            var started = Stopwatch.GetTimestamp();
            var problems = ImmutableArray.CreateBuilder<Diagnostic>();
            var files = producers[i].Produce(site, context, pages, problems);
            foreach (var file in files)
            {
                sink.Add(file);
            }

            produced[i] = (files, problems.ToImmutable(), Stopwatch.GetElapsedTime(started));
        });
        for (var i = 0; i < producers.Length; i++)
        {
            paths.AddRange(produced[i].Files.Select(f => f.Path));
            diagnostics.AddRange(produced[i].Problems);
            parts.Add(new StageTiming(producers[i].Name, produced[i].Took));
        }

        Part("producers (side by side)");

        diagnostics.AddRange(memory is null ? text.Problems() : memory.TextProblems(text.Problems()));
        return new RenderResult(pages, [.. paths.Order(StringComparer.Ordinal)], diagnostics.ToImmutable(), parts.ToImmutable());
    }
}

/// <summary>
/// What the preview hands the renderer to reuse pages: the memory of the last render, a fingerprint of every input
/// that is not a case file, and each case file's content hash by source path.
/// </summary>
public sealed record RenderReuse(RenderMemory Memory, string SiteWideInputs, IReadOnlyDictionary<string, string> CaseFileHashes);

/// <summary>What the render stage made: the pages (in route order), every output path, the problems it met and how long each part took.</summary>
public sealed record RenderResult(ImmutableArray<RenderedPage> Pages, ImmutableArray<string> Paths, ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<StageTiming> Parts);
