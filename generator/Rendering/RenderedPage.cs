namespace Portfolio.Rendering;

/// <summary>
/// An HTML page after rendering: the route it came from, the file it was written to and what <see cref="PageReader"/>
/// read from it. The HTML itself has gone to the output sink; nothing after the render stage needs it.
/// </summary>
public sealed record RenderedPage(PageRoute Route, string Path, PageReading Reading)
{
    /// <summary>The page's site path in its edition: <c>/es/cases/ia2/</c> (the route's own path is the same in every edition).</summary>
    public string Url { get; init; } = Route.Url;
}
