using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portfolio.Content.Documents;
using Portfolio.Content.Schema;
using Portfolio.Pipeline;
using Portfolio.Tests.Support;
using SiteModel = Portfolio.Model.Site;

namespace Portfolio.Tests.Content;

/// <summary>
/// The site's facts can be checked against their source. Every case in <c>content/cases/</c> cites
/// at least one source; a source that cites the guide uses the guide's own address (never a home page)
/// and says where in the guide the facts are ("Table 3; Figure 6; step 3"); every table, figure and
/// step the content names exists in the guide; each case's lessons are labelled as the site's reading;
/// and what the guide never says about the Empatía cases (a start year, a status, most partnership
/// ratings) stays unstated. Checks that need the guide's text skip outside CI when it is absent, as
/// <see cref="OriginalityTests"/> does.
/// </summary>
public sealed partial class CaseProvenanceTests
{
    const string LessonsHeading = "Lessons we draw";

    static readonly Lazy<SiteModel> RealSite = new(() =>
    {
        var root = FixtureSite.RepositoryRoot;
        var result = new BuildPipeline(Producers.Default).Run(
            new BuildOptions(Path.Combine(root, "content"), Path.Combine(root, "themes", "default"), Path.Combine(Path.GetTempPath(), "portfolio-unused"), DisplayRoot: root),
            write: false);
        return result.Site ?? throw new InvalidOperationException("the site's content does not build:\n" + string.Join('\n', result.Diagnostics));
    });

    /// <summary>A place in the guide: "Table 3", "Figure 6", "step 3", "Introduction" or "Conclusion".</summary>
    [GeneratedRegex(@"^(?:(?<kind>Table|Figure) (?<n>[1-9][0-9]?)|step (?<step>[1-9])|(?<section>Introduction|Conclusion))$")]
    private static partial Regex Locator();

    /// <summary>Tables and figures named in running text: "Table 4", "Tables 1 and 3", "Figures 1 to 9".</summary>
    [GeneratedRegex(@"\b(?<kind>Table|Figure)s?\s+(?<numbers>[0-9]+(?:(?:,\s*|\s+and\s+|\s+to\s+)[0-9]+)*)")]
    private static partial Regex NamedPlace();

    static SiteModel Built => RealSite.Value;

    static bool CitesTheGuide(Link source) =>
        source.Url == Built.Settings.Source.Url || source.Label.Contains("Co-producing AI", StringComparison.OrdinalIgnoreCase);

    /// <summary>The places a source's label names after its last colon, e.g. ["Table 3", "Figure 6"].</summary>
    static string[] LocatorsOf(Link source)
    {
        var colon = source.Label.LastIndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? [] : [.. source.Label[(colon + 2)..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }

    [Fact]
    public void Every_case_cites_a_source_and_says_where_in_the_guide_its_facts_are()
    {
        var problems = new List<string>();
        Assert.NotEmpty(Built.Content.Cases);
        foreach (var c in Built.Content.Cases)
        {
            if (c.Sources.IsEmpty)
            {
                problems.Add($"{c.Slug}: cites no source");
            }

            foreach (var source in c.Sources.Where(CitesTheGuide))
            {
                if (source.Url != Built.Settings.Source.Url)
                {
                    problems.Add($"{c.Slug}: cites the guide at {source.Url}, not at the guide's own address {Built.Settings.Source.Url}");
                }

                var locators = LocatorsOf(source);
                if (locators.Length == 0)
                {
                    problems.Add($"{c.Slug}: '{source.Label}' does not say where in the guide the facts are (end it with ': Table 3; Figure 6')");
                }

                problems.AddRange(locators.Where(l => !Locator().IsMatch(l)).Select(l => $"{c.Slug}: '{l}' is not a place in the guide (Table N, Figure N, step N, Introduction or Conclusion)"));
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_Empatia_cases_cite_the_guide()
    {
        var empatia = Built.Content.Cases.Where(c => c.Programme == Built.Settings.Source.Programme).ToArray();

        Assert.NotEmpty(empatia);
        Portfolio.Tests.Shared.Every.Item(empatia, c => Assert.Contains(c.Sources, CitesTheGuide));
    }

    [SkippableFact]
    public void Every_table_figure_and_step_the_content_cites_exists_in_the_guide()
    {
        var guide = GuideText();
        var problems = new List<string>();
        void Check(string where, string locator)
        {
            if (!Exists(guide, locator))
            {
                problems.Add($"{where}: the guide has no {locator}");
            }
        }

        foreach (var c in Built.Content.Cases)
        {
            foreach (var locator in c.Sources.Where(CitesTheGuide).SelectMany(LocatorsOf).Where(l => Locator().IsMatch(l)))
            {
                Check(c.SourcePath, locator);
            }
        }

        foreach (var step in Built.Guide)
        {
            Check(step.SourcePath, "step " + step.Number);
            foreach (var figure in step.Boxes.Select(b => b.Figure).OfType<int>())
            {
                Check(step.SourcePath, "Figure " + figure);
            }
        }

        if (Built.Content.Matrices?.CapacityWillingness.Figure is { } matrixFigure)
        {
            Check("content/data/matrices.yml", "Figure " + matrixFigure);
        }

        var contentDir = Path.Combine(FixtureSite.RepositoryRoot, "content");
        foreach (var file in Directory.EnumerateFiles(contentDir, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (Match named in NamedPlace().Matches(File.ReadAllText(file)))
            {
                foreach (var number in Regex.Matches(named.Groups["numbers"].Value, "[0-9]+").Select(m => m.Value))
                {
                    Check(Path.GetRelativePath(FixtureSite.RepositoryRoot, file), $"{named.Groups["kind"].Value} {number}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems.Distinct()));
    }

    [Fact]
    public void Each_cases_lessons_are_labelled_as_the_sites_reading()
    {
        var problems = new List<string>();
        foreach (var c in Built.Content.Cases)
        {
            var blocks = c.Body.ToList();
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i] is not HeadingBlock heading || !TextOf(heading.Inline).StartsWith("Lessons", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (TextOf(heading.Inline) != LessonsHeading)
                {
                    problems.Add($"{c.Slug}: the lessons heading should read '{LessonsHeading}', not '{TextOf(heading.Inline)}'");
                }

                if (i + 1 >= blocks.Count || blocks[i + 1] is not ParagraphBlock note || !TextOf(note.Inline).Contains("our reading", StringComparison.Ordinal))
                {
                    problems.Add($"{c.Slug}: the lessons do not open with a note saying they are our reading, not the guide's");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void What_the_guide_never_says_about_the_Empatia_cases_stays_unstated()
    {
        // The guide gives no start year and no status for any case, and rates no case on its capacity
        // and willingness matrix; its account supports only DINAGUA's low capacity at the time.
        var problems = new List<string>();
        foreach (var c in Built.Content.Cases.Where(c => c.Programme == Built.Settings.Source.Programme))
        {
            if (c.Year is { } year)
            {
                problems.Add($"{c.Slug}: year {year} (the guide gives only the open call's date, which programme.yml holds)");
            }

            if (c.Status is { } status)
            {
                problems.Add($"{c.Slug}: status '{status}'");
            }

            var supported = c.Slug == "dinagua" ? new Partnership(Vocabularies.Rating["low"], null) : null;
            if (c.Partnership != supported)
            {
                problems.Add($"{c.Slug}: partnership rating {c.Partnership} (the guide supports {supported?.ToString() ?? "none"})");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    static string TextOf(ContainerInline? inline) =>
        string.Concat((inline?.Descendants() ?? []).Select(node => node switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            LineBreakInline => " ",
            _ => "",
        })).Trim();

    static string GuideText()
    {
        var path = Shared.TestFolders.SourceGuide;
        Skip.If(path is null && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 },
            "the source guide is not beside the repository (shared/reference/co-producing-ai-guide.txt)");
        Assert.True(path is not null, "under CI the source guide must be present to check what the content cites");
        return File.ReadAllText(path!);
    }

    /// <summary>
    /// Whether the guide has a place: a table or figure with that number in its caption ("Table 3:"), a
    /// section heading for that step with the same title as the site's step, or an Introduction or Conclusion heading.
    /// </summary>
    static bool Exists(string guide, string locator)
    {
        var match = Locator().Match(locator);
        if (match.Groups["kind"].Success)
        {
            return Regex.IsMatch(guide, $@"(?m)^{match.Groups["kind"].Value} {match.Groups["n"].Value}:");
        }

        if (match.Groups["step"].Success)
        {
            var number = int.Parse(match.Groups["step"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return Built.Guide.FirstOrDefault(s => s.Number == number) is { } step
                && Regex.IsMatch(guide, $@"(?m)^{number}\. {Regex.Escape(step.Title)}\s*$");
        }

        return Regex.IsMatch(guide, $@"(?m)^{match.Groups["section"].Value}\s*$");
    }
}
