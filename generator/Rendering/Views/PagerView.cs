using System.Collections.Immutable;
using Portfolio.Model;

namespace Portfolio.Rendering.Views;

/// <summary>
/// The links between the pages of a list, as a mature paginator shows them: previous and next, the first and last
/// page, the pages around this one and a gap (<see cref="PagerLink.IsGap"/>) where pages are left out.
/// <see cref="Status"/> says where the reader is ("Page 2 of 9").
/// </summary>
public sealed record PagerView(string Status, NavLink? Previous, NavLink? Next, ImmutableArray<PagerLink> Links)
{
    /// <summary>Pages shown on each side of the current one.</summary>
    public const int Around = 2;

    /// <summary>The pager of <paramref name="page"/> of the list at <paramref name="list"/>, or null when the list has one page.</summary>
    public static PagerView? Of<T>(ListPage<T> page, string list, ViewFactory views, UiText text)
    {
        if (!page.IsPaged)
        {
            return null;
        }

        var links = ImmutableArray.CreateBuilder<PagerLink>();
        var last = 0;
        for (var n = 1; n <= page.Count; n++)
        {
            if (n != 1 && n != page.Count && Math.Abs(n - page.Number) > Around)
            {
                continue;
            }

            if (n > last + 1)
            {
                links.Add(new PagerLink(null, "…", false));
            }

            links.Add(new PagerLink(Urls.Paged(list, n), views.Number(n), n == page.Number));
            last = n;
        }

        return new PagerView(
            string.Format(views.Culture, text["paging.status"], views.Number(page.Number), views.Number(page.Count)),
            page.Number > 1 ? new NavLink(Urls.Paged(list, page.Number - 1), text["paging.previous"]) : null,
            page.Number < page.Count ? new NavLink(Urls.Paged(list, page.Number + 1), text["paging.next"]) : null,
            links.ToImmutable());
    }
}

/// <summary>A page number in a pager, linking its page; <see cref="IsGap"/> stands for pages left out.</summary>
public sealed record PagerLink(string? Url, string Label, bool Current)
{
    public bool IsGap => Url is null;
}
