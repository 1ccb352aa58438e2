namespace Portfolio.Rendering;

/// <summary>
/// One HTML page to render: its site path, the layout of its kind, its title and description, and
/// the view data the layout lays out (exposed to templates as <c>page.data</c>). A generated section
/// may carry an <see cref="Intro"/> written in <c>content/pages/&lt;section&gt;.md</c>.
/// <see cref="Meta"/> holds what link previews and search engines read (Open Graph, JSON-LD).
/// </summary>
public sealed record PageRoute(string Url, string Kind, string Title, string Description, object Data, string? SourcePath = null, DateOnly? LastModified = null, HtmlString? Intro = null,
    Plumbing.PageMeta? Meta = null)
{
    /// <summary>The section the page belongs to, for the current-page mark in the navigation.</summary>
    public string Section => Url.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
}
