using AngleSharp.Html.Dom;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Site;

/// <summary>The fixture site built once and shared by the read-only tests of a class.</summary>
public sealed class BuiltFixture : IDisposable
{
    readonly FixtureSite site = new();

    public BuiltFixture() => site.BuildClean();

    public IHtmlDocument Page(string sitePath) => site.Page(sitePath);

    public string OutputDir => site.OutputDir;

    public void Dispose() => site.Dispose();
}
