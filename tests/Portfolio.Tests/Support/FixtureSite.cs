using System.Collections.Immutable;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Portfolio.Diagnostics;
using Portfolio.Pipeline;
using Portfolio.Rendering;

namespace Portfolio.Tests.Support;

/// <summary>
/// A small site in a temporary folder: a copy of <c>Fixtures/site</c> (content) plus the real theme,
/// which a test can change file by file and then build. Deleted when disposed.
/// </summary>
public sealed class FixtureSite : IDisposable
{
    static readonly HtmlParser Parser = new();

    public FixtureSite(string fixture = "site")
        : this(new DirectoryInfo(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture)))
    {
    }

    FixtureSite(DirectoryInfo contentSource)
    {
        Root = Path.Combine(Path.GetTempPath(), "portfolio-test-" + Guid.NewGuid().ToString("N"));
        Shared.TestFolders.CopyFolder(contentSource.FullName, Path.Combine(Root, "content"));
        Shared.TestFolders.CopyFolder(Path.Combine(RepositoryRoot, "themes", "default"), Path.Combine(Root, "themes", "default"));
    }

    /// <summary>A copy of the repository's own content (the real site) with the real theme.</summary>
    public static FixtureSite OfRepositoryContent() => new(new DirectoryInfo(Path.Combine(RepositoryRoot, "content")));

    public string Root { get; }

    public string ContentDir => Path.Combine(Root, "content");

    public string OutputDir => Path.Combine(Root, "output");

    public static string RepositoryRoot => Shared.TestFolders.RepositoryRoot;

    /// <summary>Writes (or replaces) a file under the site root, e.g. <c>content/cases/new.md</c>.</summary>
    public FixtureSite Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public FixtureSite WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public void Delete(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    public BuildOptions Options(bool strict = false, bool drafts = false, string? baseUrl = null) =>
        new(ContentDir, Path.Combine(Root, "themes", "default"), OutputDir, baseUrl, strict, drafts, DisplayRoot: Root);

    public BuildResult Build(bool write = true, bool strict = false, bool drafts = false, string? baseUrl = null) =>
        new BuildPipeline(Producers.Default).Run(Options(strict, drafts, baseUrl), write);

    /// <summary>Builds, asserting there are no errors, and returns the result.</summary>
    public BuildResult BuildClean(bool drafts = false)
    {
        var result = Build(drafts: drafts);
        Assert.True(result.ErrorCount == 0, "unexpected errors:\n" + string.Join('\n', result.Diagnostics));
        return result;
    }

    /// <summary>Every file of the written output (the marker aside), by path relative to the output folder, sorted.</summary>
    public ImmutableArray<Portfolio.Output.OutputFile> OutputFiles() =>
    [
        .. Directory.EnumerateFiles(OutputDir, "*", SearchOption.AllDirectories)
            .Select(f => new Portfolio.Output.OutputFile(Path.GetRelativePath(OutputDir, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .Where(f => f.Path != Portfolio.Output.OutputGuard.MarkerName)
            .OrderBy(f => f.Path, StringComparer.Ordinal),
    ];

    /// <summary>A written page of the output, parsed.</summary>
    public IHtmlDocument Page(string sitePath) =>
        Parser.ParseDocument(File.ReadAllText(Path.Combine(OutputDir, Urls.OutputPath(sitePath))));

    public static ImmutableArray<Diagnostic> Errors(BuildResult result) => [.. result.Diagnostics.Where(d => d.IsError)];

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
