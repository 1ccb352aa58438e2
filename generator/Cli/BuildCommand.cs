using System.Diagnostics;
using System.Globalization;
using Portfolio.Diagnostics;
using Portfolio.Pipeline;

namespace Portfolio.Cli;

/// <summary><c>portfolio build</c> and <c>portfolio check</c>: the same pipeline, with or without writing.</summary>
public sealed class BuildCommand(TextWriter stdout, TextWriter stderr)
{
    public int Run(Arguments args, bool write)
    {
        var options = Options(args);
        var format = args.Value("--format", "text");
        if (!DiagnosticPrinter.IsKnownFormat(format))
        {
            throw new UsageException($"--format must be text or github; you wrote '{format}'");
        }

        if (write && Output.OutputGuard.Check(options.OutputDir, options.ContentDir, options.ThemeDir) is { } refused)
        {
            new DiagnosticPrinter(format == "github" ? stdout : stderr, format).Print([refused]);
            stderr.WriteLine($"Build refused: nothing was written or deleted.");
            return ExitCodes.Usage;
        }

        var quiet = args.Has("--quiet");
        var clock = Stopwatch.StartNew();
        BuildResult result;
        using (var progress = quiet ? null : new ConsoleProgress(stderr, ReferenceEquals(stderr, Console.Error) && ConsoleProgress.ErrorIsTerminal))
        {
            result = new BuildPipeline(Producers.Default).Run(options, write, progress);
        }

        clock.Stop();
        new DiagnosticPrinter(format == "github" ? stdout : stderr, format).Print(result.Diagnostics);
        if (args.Has("--verbose"))
        {
            foreach (var timing in result.Timings)
            {
                stderr.WriteLine(FormattableString.Invariant($"  {timing.Stage,-26} {timing.Elapsed.TotalMilliseconds,8:0.0} ms"));
            }
        }

        if (!quiet)
        {
            foreach (var coverage in result.Site?.Content.Coverage ?? [])
            {
                stderr.WriteLine(Coverage(coverage));
            }
        }

        var failed = result.Failed(options.Strict);
        if (failed || !quiet)
        {
            stderr.WriteLine(Summary(result, failed, write, options, clock.Elapsed));
        }

        return result.Diagnostics.Any(d => d.Code == Diagnostics.Codes.OutputNotOurs) ? ExitCodes.Usage
            : failed ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }

    static string Summary(BuildResult result, bool failed, bool write, BuildOptions options, TimeSpan elapsed)
    {
        var counts = $"{Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")}";
        var pages = result.Counts.Pages;
        var seconds = elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (failed)
        {
            var why = result.ErrorCount == 0 ? " (warnings fail the build under --strict)" : "";
            return write
                ? $"Build failed: {counts}{why}. Nothing was written; {options.OutputDir}/ is unchanged."
                : $"Check failed: {counts}{why}.";
        }

        var cases = result.Site?.Cases.Length ?? 0;
        return write
            ? $"Built {Plural(pages, "page")} and {Plural(result.Counts.OtherFiles, "other file")} from {Plural(cases, "case")} into {options.OutputDir}/ in {seconds} s ({counts})."
            : $"Checked {Plural(pages, "page")} from {Plural(cases, "case")} in {seconds} s: {counts}.";
    }

    /// <summary>One edition's translation coverage: <c>Translations (es): 24 of 25 files, 2 of them behind their original.</c></summary>
    public static string Coverage(Content.TranslationCoverage coverage)
    {
        var behind = coverage.Behind == 0 ? "all up to date" : $"{Plural(coverage.Behind, "translation")} behind {(coverage.Behind == 1 ? "its" : "their")} original";
        var missing = coverage.Originals - coverage.Translated;
        var rest = missing == 0 ? "" : $"; {Plural(missing, "page or file")} shown in the original language";
        return $"Translations ({coverage.Language}): {coverage.Translated} of {Plural(coverage.Originals, "file")} translated, {behind}{rest}.";
    }

    static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n.ToString("N0", CultureInfo.InvariantCulture)} {word}s";

    static BuildOptions Options(Arguments args)
    {
        DateOnly? buildDate = null;
        if (args.Value("--build-date") is { } date)
        {
            buildDate = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new UsageException($"--build-date must be a date written YYYY-MM-DD; you wrote '{date}'");
        }

        var baseUrl = args.Value("--base-url");
        if (baseUrl is not null && !Content.Schema.SchemaValidator.IsWebUrl(baseUrl))
        {
            throw new UsageException($"--base-url must be an absolute http(s) URL such as https://example.org/; you wrote '{baseUrl}'");
        }

        var content = args.Value("--content", "content");
        return new BuildOptions(
            content,
            args.Value("--theme") ?? DefaultTheme(content),
            args.Value("--output", "output"),
            baseUrl,
            args.Has("--strict"),
            args.Has("--drafts"),
            buildDate);
    }

    /// <summary>
    /// The theme when none is named: the site's own, <c>themes/default</c> beside its content folder (so
    /// <c>--content ~/site/content</c> works from any folder), else <c>themes/default</c> in the working folder.
    /// </summary>
    public static string DefaultTheme(string contentDir)
    {
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(contentDir)) ?? ".", "themes", "default");
        return Directory.Exists(beside) ? beside : Path.Combine("themes", "default");
    }
}
