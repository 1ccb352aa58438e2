using Portfolio.Output;

namespace Portfolio.Rendering;

/// <summary>An HTML page after rendering, with the route it came from.</summary>
public sealed record RenderedPage(PageRoute Route, OutputFile File)
{
    public string Html => System.Text.Encoding.UTF8.GetString(File.Bytes);
}
