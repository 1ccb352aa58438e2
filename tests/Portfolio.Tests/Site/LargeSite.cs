using System.Collections.Immutable;
using Portfolio.Tests.Shared;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Site;

/// <summary>
/// The real content and theme with <see cref="Generated"/> more case files (<see cref="GeneratedCases"/>), so that every
/// list that grows with the portfolio is far longer than a page. Built once.
/// </summary>
public sealed class LargeSite : IDisposable
{
    public const int Generated = 3000;

    readonly FixtureSite site = FixtureSite.OfRepositoryContent();

    public LargeSite()
    {
        Cases = GeneratedCases.Write(Path.Combine(site.ContentDir, "cases"), Generated);
        site.BuildClean();
    }

    public FixtureSite Site => site;

    public ImmutableArray<GeneratedCase> Cases { get; }

    public string OutputDir => site.OutputDir;

    public void Dispose() => site.Dispose();
}
