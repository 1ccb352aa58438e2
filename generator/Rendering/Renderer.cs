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
    public RenderResult Render(Site site, IOutputSink sink, RenderReuse? reuse = null, BuildProgress? progress = null,
        ImmutableArray<Edition> editions = default)
    {
        progress ??= BuildProgress.None;
        editions = editions.IsDefault ? [] : editions;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var parts = ImmutableArray.CreateBuilder<StageTiming>();
        var clock = Stopwatch.StartNew();
        void Part(string name)
        {
            parts.Add(new StageTiming(name, clock.Elapsed));
            clock.Restart();
        }

        var urls = new Urls(site.Settings.BaseUrl);
        var dataset = DatasetInfo.Of(site, urls, text, buildDate);
        var memory = reuse?.Memory;
        // The build date (the latest last_reviewed unless given) is on every page and in every open-data file.
        memory?.Begin($"{reuse!.SiteWideInputs}|{DatasetInfo.DateOf(site, buildDate):O}", reuse.CaseFileHashes, site);

        // The site and each edition in another language: the same pages, each edition under its own folder.
        ImmutableArray<Edition> all = [new Edition(site, text), .. editions];
        var editionUrls = all.Select((e, i) => new Urls(site.Settings.BaseUrl, i == 0 ? "" : e.Site.Settings.Language)).ToImmutableArray();
        var routes = new List<(PageRoute Route, string Url, TemplateRenderer Templates)>();
        for (var e = 0; e < all.Length; e++)
        {
            var (editionSite, editionText) = all[e];
            var editionUrl = editionUrls[e];
            var views = new ViewFactory(editionSite, editionText);
            var editionDataset = e == 0 ? dataset : DatasetInfo.Of(editionSite, editionUrl, editionText, buildDate);
            var head = new HeadBuilder(editionSite, theme, editionUrl, editionText, editionDataset);
            var year = (buildDate ?? editionSite.Cases.Select(c => c.File.LastReviewed).Max() ?? new DateOnly(2000, 1, 1)).Year;
            var map = new SiteMap(editionSite, views, new BodyRenderer(editionUrl, memory), editionText, head, editionDataset);
            var globals = new SiteGlobals(editionSite.Settings, map.Sections(), map.FooterLinks(), editionSite.Cases.Length, year.ToString(CultureInfo.InvariantCulture))
            {
                NeutralLanguage = editionSite.Content.ForeignOriginalLanguage,
            };
            var templates = new TemplateRenderer(theme, editionUrl, editionText, globals);
            var current = e;
            routes.AddRange(map.Routes().Select(route => (
                route with { Language = editionSite.Settings.Language, Alternates = Alternates(route.Url, current) },
                editionUrl.InEdition(route.Url),
                templates)));
        }

        ImmutableArray<Alternate> Alternates(string url, int current) => all.Length < 2 ? [] :
        [
            .. all.Select((edition, i) => new Alternate(edition.Site.Settings.Language, edition.Text["language." + edition.Site.Settings.Language],
                editionUrls[i].Link(url), editionUrls[i].Absolute(url), edition.Text["meta.locale"], i == current)),
        ];

        // Each route's view (a case page's holds its rendered body) is let go once the page is made: what later
        // stages need of a page is its route without the view, and what was read from it.
        var pending = routes.ToArray();
        routes.Clear();
        var addresses = pending.Select(r => r.Url).ToArray();
        Part("routes");
        var results = new (RenderedPage? Page, Diagnostic? Problem)[pending.Length];
        progress.Stage("render", pending.Length);
        Parallel.For(0, pending.Length, i =>
        {
            var (route, url, templates) = pending[i];
            pending[i] = default;
            progress.Step();
            var path = Urls.OutputPath(url);
            var fingerprint = memory?.Fingerprint(url, route.Reads);
            if (fingerprint is not null && memory!.TryReuse(url, fingerprint, out var kept, out var keptReading))
            {
                sink.Add(new OutputFile(path, kept));
                results[i] = (new RenderedPage(route with { Data = RenderedView.Instance }, path, keptReading) { Url = url }, null);
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
            results[i] = (new RenderedPage(route with { Data = RenderedView.Instance }, path, reading) { Url = url }, null);
            if (fingerprint is not null)
            {
                memory!.Remember(url, fingerprint, bytes, reading);
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
        var context = new RenderContext(theme, urls, text, dataset, buildDate)
        {
            Memory = memory,
            Editions = [.. all.Select((e, i) => new EditionContext(e.Site, e.Text, editionUrls[i]))],
        };
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

        var textProblems = all.SelectMany(e => e.Text.Problems()).ToImmutableArray();
        diagnostics.AddRange(memory is null ? textProblems : memory.TextProblems(textProblems));
        return new RenderResult(pages, [.. paths.Order(StringComparer.Ordinal)], diagnostics.ToImmutable(), parts.ToImmutable());
    }
}

/// <summary>An edition of the site in another language: its content laid over the originals, and the theme's words in that language.</summary>
public sealed record Edition(Site Site, UiText Text);

/// <summary>
/// What the preview hands the renderer to reuse pages: the memory of the last render, a fingerprint of every input
/// that is not a case file, and each case file's content hash by source path.
/// </summary>
public sealed record RenderReuse(RenderMemory Memory, string SiteWideInputs, IReadOnlyDictionary<string, string> CaseFileHashes);

/// <summary>What the render stage made: the pages (in route order), every output path, the problems it met and how long each part took.</summary>
public sealed record RenderResult(ImmutableArray<RenderedPage> Pages, ImmutableArray<string> Paths, ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<StageTiming> Parts);
