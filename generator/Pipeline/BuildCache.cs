using Portfolio.Content;
using Portfolio.Rendering;

namespace Portfolio.Pipeline;

/// <summary>
/// What a long-running <c>serve</c> keeps between builds: parsed documents by content hash, the
/// compiled theme. Every stage still runs
/// in order on every build; the caches only skip repeated work.
/// </summary>
public sealed class BuildCache
{
    public SourceFileCache Sources { get; } = new();

    public ParseCache Documents { get; } = new();

    public ThemeCache Theme { get; } = new();

    public RenderMemory Pages { get; } = new();
}
