using System.Collections.Immutable;
using Portfolio.Rendering;

namespace Portfolio.Search;

/// <summary>
/// Which pages are searched and as what type: cases, guide steps, and free pages (the framework page
/// counts as one). Indexes, taxonomy lists, the home page and the beneficiaries table only repeat what
/// the cases say, so they would push the pages that say it first down the results.
/// </summary>
public static class DocumentTypes
{
    public const string Case = "case";
    public const string Guide = "guide";
    public const string Page = "page";

    /// <summary>Types in the order results of equal score are listed and the type facet shows them.</summary>
    public static readonly ImmutableArray<string> Ordered = [Case, Guide, Page];

    /// <summary>The search type of a page kind, or null when pages of that kind are not searched.</summary>
    public static string? Of(PageKind kind) => kind switch
    {
        PageKind.Case => Case,
        PageKind.GuideStep => Guide,
        PageKind.Page or PageKind.Framework => Page,
        _ => null,
    };

    public static int Rank(string type) => Ordered.IndexOf(type);
}
