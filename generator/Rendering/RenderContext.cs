using System.Collections.Immutable;

namespace Portfolio.Rendering;

/// <summary>
/// What producers share: the theme, the URL builder, the UI text (with its culture), the description of the
/// portfolio as a data set and an optional build date; in the preview, the <see cref="RenderMemory"/> of the last
/// build, from which a producer may take what it made from unchanged inputs.
/// </summary>
public sealed record RenderContext(Theme Theme, Urls Urls, UiText Text, DatasetInfo Dataset, DateOnly? BuildDate)
{
    public RenderMemory? Memory { get; init; }

    /// <summary>The site and each edition in another language, the site's own first.</summary>
    public ImmutableArray<EditionContext> Editions { get; init; } = [];
}

/// <summary>One edition for the producers: its site, the theme's words and the addresses in its language.</summary>
public sealed record EditionContext(Model.Site Site, UiText Text, Urls Urls)
{
    public string Language => Site.Settings.Language;
}
