using System.Text.RegularExpressions;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Content;

/// <summary>
/// The site's content is written in its own words: no run of twelve or more consecutive words may
/// be taken from the source guide. Titles of cited works are the one exception and are listed here.
/// The source text sits beside the repository in <c>shared/reference/</c>; under CI it must be there.
/// </summary>
public sealed partial class OriginalityTests
{
    const int RunLength = 12;

    static readonly string[] CitedTitles =
    [
        "Co-producing AI: A guide for making AI work for the public good",
        "Understanding Co-Production as a Policy Tool: Integrating New Public Governance and Comparative Policy Theory",
        "Varieties of Participation in Public Services: The Who, When, and What of Coproduction",
        "Open Data for Transparency and Accountability in Health Service Delivery: What's New in the Digital Age?",
    ];

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex Word();

    /// <summary>Web addresses are not prose: the guide's own page carries the guide's title in its address.</summary>
    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex WebAddress();

    static string? SourcePath =>
        Shared.TestFolders.SourceGuide;

    static List<string> Words(string text) => [.. Word().Matches(text.ToLowerInvariant()).Select(m => m.Value.Replace('’', '\''))];

    [SkippableFact]
    public void No_content_file_copies_twelve_words_in_a_row_from_the_source_guide()
    {
        var source = SourcePath;
        Skip.If(source is null && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 },
            "the source guide is not beside the repository (shared/reference/co-producing-ai-guide.txt)");
        Assert.True(source is not null, "under CI the source guide must be present to check originality");

        var sourceWords = Words(File.ReadAllText(source!));
        var runs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + RunLength <= sourceWords.Count; i++)
        {
            runs.Add(string.Join(' ', sourceWords.GetRange(i, RunLength)));
        }

        var copied = new List<string>();
        var contentDir = Path.Combine(FixtureSite.RepositoryRoot, "content");
        foreach (var file in Directory.EnumerateFiles(contentDir, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = CitedTitles.Aggregate(WebAddress().Replace(File.ReadAllText(file), " "), (t, title) => t.Replace(title, " ", StringComparison.OrdinalIgnoreCase));
            var words = Words(text);
            for (var i = 0; i + RunLength <= words.Count; i++)
            {
                var run = string.Join(' ', words.GetRange(i, RunLength));
                if (runs.Contains(run))
                {
                    copied.Add($"{Path.GetRelativePath(FixtureSite.RepositoryRoot, file)}: \"{run}\"");
                }
            }
        }

        Assert.True(copied.Count == 0, "text copied from the source guide:\n" + string.Join('\n', copied.Distinct()));
    }
}
