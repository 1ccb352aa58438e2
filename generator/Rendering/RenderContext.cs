namespace Portfolio.Rendering;

/// <summary>
/// What producers share: the theme, the URL builder, the UI text (with its culture), the description of the
/// portfolio as a data set and an optional build date; in the preview, the <see cref="RenderMemory"/> of the last
/// build, from which a producer may take what it made from unchanged inputs.
/// </summary>
public sealed record RenderContext(Theme Theme, Urls Urls, UiText Text, DatasetInfo Dataset, DateOnly? BuildDate)
{
    public RenderMemory? Memory { get; init; }
}
