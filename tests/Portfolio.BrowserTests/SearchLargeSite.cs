using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Portfolio.Pipeline;

namespace Portfolio.BrowserTests;

/// <summary>
/// The real content with its cases repeated under new names up to 1,000, built and served on a free
/// loopback port. The real cases' text keeps the vocabulary and page length realistic.
/// </summary>
public sealed partial class SearchLargeSite : IAsyncLifetime
{
    readonly string root = Path.Combine(Path.GetTempPath(), "portfolio-search-perf-" + Guid.NewGuid().ToString("N"));
    WebApplication? app;

    public static int CaseCount => 1000;

    public string BaseUrl { get; private set; } = "";

    [GeneratedRegex("^title: (?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex Title();

    [GeneratedRegex("^illustrates: .*\n", RegexOptions.Multiline)]
    private static partial Regex Illustrates();

    public async Task InitializeAsync()
    {
        var content = Path.Combine(root, "content");
        var source = Path.Combine(BuiltSite.RepositoryRoot, "content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(content, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var cases = Directory.GetFiles(Path.Combine(source, "cases"), "*.md").Order(StringComparer.Ordinal).ToArray();
        for (var i = cases.Length; i < CaseCount; i++)
        {
            var original = cases[i % cases.Length];
            var text = Title().Replace(File.ReadAllText(original), m => $"title: \"{m.Groups["title"].Value.Trim('"')} {i}\"", 1);
            // Copies illustrate no guide step: a step page listing hundreds of example cards is not what this test measures.
            text = Illustrates().Replace(text, "");
            File.WriteAllText(Path.Combine(content, "cases", $"{Path.GetFileNameWithoutExtension(original)}-{i:D4}.md"), text);
        }

        var output = Path.Combine(root, "output");
        var result = new BuildPipeline(Producers.Default).Run(
            new BuildOptions(content, Path.Combine(BuiltSite.RepositoryRoot, "themes", "default"), output, BaseUrl: "http://127.0.0.1/", DisplayRoot: root),
            write: true);
        if (!result.Written)
        {
            throw new InvalidOperationException("the large site did not build:\n" + string.Join('\n', result.Diagnostics.Take(20)));
        }

        (app, BaseUrl) = await StaticServer.StartAsync(output);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
