using Markdig;

namespace Portfolio.Content;

/// <summary>
/// The one Markdig pipeline of the generator, built once and shared (it is thread-safe). Heading ids are not an
/// extension here: <see cref="HeadingIds"/> assigns them after parsing, in linear time.
/// </summary>
public static class MarkdownSetup
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseSmartyPants()
        .Use<BareUrlExtension>()
        .Build();
}
