namespace Portfolio.Rendering.Head;

/// <summary>
/// What a page tells link previews and search engines beyond its title and description: the Open
/// Graph type and locale, the social image (absolute URL, size and text alternative) and the JSON-LD
/// block, already serialised and safe to write raw. Templates read it as <c>page.meta</c>.
/// </summary>
public sealed record PageHead(string Type, string Locale, SocialImage? Image, HtmlString JsonLd);

/// <summary>The image shown when a page is shared: its absolute URL, pixel size and text alternative.</summary>
public sealed record SocialImage(string Url, string Type, int Width, int Height, string Alt);
