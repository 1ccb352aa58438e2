namespace Portfolio.Rendering;

/// <summary>
/// What producers share: the theme, the URL builder, the UI text (with its culture), the description of the
/// portfolio as a data set and an optional build date.
/// </summary>
public sealed record RenderContext(Theme Theme, Urls Urls, UiText Text, DatasetInfo Dataset, DateOnly? BuildDate);
