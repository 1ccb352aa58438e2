using System.Collections.Immutable;
using System.Diagnostics;
using Portfolio.Checks;
using Portfolio.Content;
using Portfolio.Model;
using Portfolio.Output;
using Portfolio.Rendering;
using Diagnostic = Portfolio.Diagnostics.Diagnostic;
using BuildProgress = Portfolio.Diagnostics.BuildProgress;
using StageTiming = Portfolio.Diagnostics.StageTiming;

namespace Portfolio.Pipeline;

/// <summary>
/// Runs the stages in order: discover, parse, validate, model, render, check, write. Each stage takes
/// the previous one's result; diagnostics are collected throughout and only the end decides to fail.
/// Content errors stop the build before rendering; nothing is written unless everything passed.
/// </summary>
/// <remarks>A <see cref="BuildCache"/> (given by <c>serve</c>) lets repeated builds skip unchanged files and an unchanged theme.</remarks>
public sealed class BuildPipeline(ImmutableArray<IOutputProducer> producers, BuildCache? cache = null)
{
    public BuildResult Run(BuildOptions options, bool write, BuildProgress? progress = null)
    {
        progress ??= BuildProgress.None;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var timings = ImmutableArray.CreateBuilder<StageTiming>();
        var clock = Stopwatch.StartNew();

        T Stage<T>(string name, Func<T> run)
        {
            progress.Stage(name);
            clock.Restart();
            var result = run();
            timings.Add(new StageTiming(name, clock.Elapsed));
            return result;
        }

        BuildResult Stop(ImmutableArray<OutputFile> files = default, Site? site = null, bool written = false, FileCounts counts = default) =>
            new(Sorted(diagnostics), files.IsDefault ? [] : files, site, timings.ToImmutable(), written, counts);

        // Paths in messages are relative to the site root (the folder holding content/), as in the repository.
        var display = options.DisplayRoot is { } root ? new PathDisplay(root) : PathDisplay.For(options.ContentDir, options.ThemeDir);
        var (sources, found) = Stage("discover", () => new Discoverer(display, cache?.Sources).Discover(options.ContentDir, options.ThemeDir));
        diagnostics.AddRange(found);

        // The theme (templates compiled, style sheets and scripts minified) needs nothing from the content: it loads
        // beside parsing and validation, and the theme stage waits for what is left of it.
        var themeLoad = Task.Run(() => cache?.Theme.Load(sources.Theme) ?? Theme.Load(sources.Theme));

        var (documents, parsed) = Stage("parse", () => new Parser(MarkdownSetup.Pipeline, cache?.Documents).Parse(sources.Content));
        diagnostics.AddRange(parsed);

        var (content, validated) = Stage("validate", () => new Validator(options.Drafts).Validate(documents, sources.Content));
        diagnostics.AddRange(validated);

        var (theme, themeProblems) = Stage("theme", () => themeLoad.GetAwaiter().GetResult());
        diagnostics.AddRange(themeProblems);
        if (content is null || diagnostics.Any(d => d.IsError))
        {
            return Stop();
        }

        if (options.BaseUrl is { } baseUrl)
        {
            content = content with { Settings = content.Settings with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" } };
        }

        var text = UiText.For(theme, content.Settings.Language);
        var site = Stage("model", () => new SiteModeller(text.Label).Build(content));
        var editions = content.Editions.Select(edition =>
        {
            var editionText = UiText.For(theme, edition.Settings.Language);
            return new Edition(new SiteModeller(editionText.Label).Build(edition), editionText);
        }).ToImmutableArray();

        // Files go to the staging folder as they are made (build) or stay in memory (check, the preview, tests).
        var memory = write ? null : new MemorySink();
        StagingSink? staging = null;
        if (write)
        {
            var (opened, problem) = StagingSink.Open(options.OutputDir, options.ContentDir, options.ThemeDir);
            if (problem is not null)
            {
                diagnostics.Add(problem);
                return Stop(site: site);
            }

            staging = opened;
        }

        using (staging)
        {
            var reuse = cache is null ? null : new RenderReuse(cache.Pages, SiteWideInputs(options, sources), CaseFileHashes(sources));
            var rendered = Stage("render", () => new Renderer(theme, text, producers, options.BuildDate).Render(site, (IOutputSink?)staging ?? memory!, reuse, progress, editions));
            diagnostics.AddRange(rendered.Diagnostics);
            timings.AddRange(rendered.Parts.Select(p => p with { Stage = "  " + p.Stage }));

            var urls = new Urls(site.Settings.BaseUrl);
            diagnostics.AddRange(Stage("check", () => new OutputChecker(urls).Check(rendered.Paths, rendered.Pages)));
            var failed = diagnostics.Any(d => d.IsError) || (options.Strict && diagnostics.Count > 0);
            var counts = new FileCounts(rendered.Pages.Length, rendered.Paths.Length - rendered.Pages.Length);
            if (staging is null || failed)
            {
                return Stop(memory?.Files ?? [], site, counts: counts);
            }

            diagnostics.AddRange(Stage("write", staging.Commit));
            return Stop([], site, written: !diagnostics.Any(d => d.IsError), counts: counts);
        }
    }

    /// <summary>Each case file's content hash; a translated case page shows its original's facts too, so its hash covers both files.</summary>
    static Dictionary<string, string> CaseFileHashes(SourceSet sources)
    {
        var cases = sources.Content.Where(f => f.Kind == ContentKind.Case).ToList();
        var originals = cases.Where(f => !f.IsTranslation).ToDictionary(f => f.Name, f => f.Hash, StringComparer.Ordinal);
        return cases.ToDictionary(f => f.Path, f => f.IsTranslation ? f.Hash + originals.GetValueOrDefault(f.Name, "") : f.Hash, StringComparer.Ordinal);
    }

    /// <summary>What every page may read besides the case files: the options, every other source file and the theme.</summary>
    static string SiteWideInputs(BuildOptions options, SourceSet sources)
    {
        var parts = new List<string> { options.BaseUrl ?? "", options.Drafts ? "drafts" : "", options.BuildDate?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "" };
        parts.AddRange(sources.Content.Where(f => f.Kind != ContentKind.Case).Select(f => f.Path + "=" + f.Hash));
        parts.AddRange(sources.Theme.Select(f => f.RelativePath + "=" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Bytes))));
        return string.Join('\n', parts);
    }

    /// <summary>
    /// Every diagnostic once, in file and line order, with at most <see cref="ContentLimits.MaxProblemsPerKind"/> of one code
    /// for one file: a file with thousands of the same mistake gets the first ones and a line counting the rest.
    /// </summary>
    static ImmutableArray<Diagnostic> Sorted(ImmutableArray<Diagnostic>.Builder diagnostics) =>
    [
        .. diagnostics.Distinct()
            .OrderBy(d => d.Position.File, StringComparer.Ordinal)
            .ThenBy(d => d.Position.Line)
            .ThenBy(d => d.Position.Column)
            .ThenBy(d => d.Code.Id, StringComparer.Ordinal)
            .GroupBy(d => (d.Position.File, d.Code.Id))
            .SelectMany(Capped)
            .OrderBy(d => d.Position.File, StringComparer.Ordinal)
            .ThenBy(d => d.Position.Line)
            .ThenBy(d => d.Position.Column)
            .ThenBy(d => d.Code.Id, StringComparer.Ordinal),
    ];

    static IEnumerable<Diagnostic> Capped(IEnumerable<Diagnostic> sameKind)
    {
        var all = sameKind.ToList();
        if (all.Count <= ContentLimits.MaxProblemsPerKind)
        {
            return all;
        }

        var last = all[ContentLimits.MaxProblemsPerKind - 1];
        var more = all.Count - ContentLimits.MaxProblemsPerKind;
        return all.Take(ContentLimits.MaxProblemsPerKind).Append(last with
        {
            Message = $"and {more:N0} more problem{(more == 1 ? "" : "s")} like this in the file",
            Hint = "fix the ones above first; the rest are probably the same mistake",
        });
    }
}
