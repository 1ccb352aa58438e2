using System.Collections.Immutable;
using Portfolio.Model;
using Portfolio.Rendering.Head;

namespace Portfolio.Rendering;

/// <summary>The data a page's layout lays out, exposed to templates as <c>page.data</c>. Every view record is one.</summary>
public interface IPageView;

/// <summary>
/// One HTML page to render: its site path, its kind, its title and description, and the view its layout lays
/// out. A generated section may carry an <see cref="Intro"/> written in <c>content/pages/&lt;section&gt;.md</c>;
/// <see cref="Meta"/> holds what link previews and search engines read; <see cref="Filed"/> what the page is filed
/// under, for the search index's facets.
/// </summary>
public sealed record PageRoute(string Url, PageKind Kind, string Title, string Description, IPageView Data)
{
    public string? SourcePath { get; init; }

    public DateOnly? LastModified { get; init; }

    public HtmlString? Intro { get; init; }

    public PageHead? Meta { get; init; }

    public ImmutableArray<Named> Filed { get; init; } = [];

    /// <summary>
    /// The cases whose files the page shows, when it shows only some (a case page: itself and its neighbours; a
    /// country page: its cases); null when it may show any (the case index, the home page's counts). The preview
    /// renders a page again only when one of these, or something site-wide, changed (<see cref="RenderMemory"/>).
    /// </summary>
    public ImmutableArray<Case>? Reads { get; init; }

    /// <summary>Where the page's Markdown wrote its links and headings, for checks; null for generated pages.</summary>
    public SourceMap? Map { get; init; }

    /// <summary>The language of the edition the page belongs to (<c>es</c>).</summary>
    public string Language { get; init; } = "";

    /// <summary>The same page in every edition, this one included, for hreflang links and the language switcher.</summary>
    public ImmutableArray<Alternate> Alternates { get; init; } = [];

    /// <summary>The page in the site's own language: where hreflang's x-default points.</summary>
    public Alternate? DefaultAlternate => Alternates.IsDefaultOrEmpty ? null : Alternates[0];

    /// <summary>
    /// The language of the page's text when it is not the edition's: a page not translated yet is shown in the
    /// original, marked with its language and a note; null when the text is in the edition's language.
    /// </summary>
    public string? ContentLanguage { get; init; }

    /// <summary>The page's translation follows an earlier version of the original (it may say less).</summary>
    public bool Behind { get; init; }

    /// <summary>The layout's name, <c>case</c> or <c>guide-step</c>; also the page's body class.</summary>
    public string Layout => PageKinds.Layout(Kind);

    public ImmutableArray<string> Styles => PageKinds.Styles(Kind);

    public ImmutableArray<string> Scripts => PageKinds.Scripts(Kind);

    /// <summary>False for a page search engines are asked not to index (<c>noindex</c>).</summary>
    public bool Indexed => PageKinds.Indexed(Kind);

    /// <summary>The section the page belongs to, for the current-page mark in the navigation.</summary>
    public string Section => Url.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
}

/// <summary>A page in one edition: its language, that language's own name for itself, the link and absolute URL, the Open Graph locale.</summary>
public sealed record Alternate(string Language, string Name, string Href, string Absolute, string Locale, bool Current);
