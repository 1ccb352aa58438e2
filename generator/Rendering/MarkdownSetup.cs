using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Portfolio.Rendering;

/// <summary>The one Markdig pipeline of the generator, built once and shared (it is thread-safe).</summary>
public static class MarkdownSetup
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseEmphasisExtras()
        .UseListExtras()
        .UseSmartyPants()
        .UseAutoLinks()
        .Build();
}
