namespace Portfolio.Rendering;

/// <summary>What producers share: the theme, the URL builder, the UI text (with its culture) and an optional build date.</summary>
public sealed record RenderContext(Theme Theme, Urls Urls, UiText Text, DateOnly? BuildDate);
