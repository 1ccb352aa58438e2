using System.Collections.Immutable;
using Portfolio.Content;
using Portfolio.Model;
using Portfolio.Rendering;
using Portfolio.Rendering.Views;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Rendering;

public sealed class PagerTests
{
    static readonly UiText Text = LoadText();

    static UiText LoadText()
    {
        var root = FixtureSite.RepositoryRoot;
        var (sources, _) = new Discoverer(new PathDisplay(root)).Discover(Path.Combine(root, "content"), Path.Combine(root, "themes", "default"));
        return UiText.For(Theme.Load(sources.Theme).Theme, "en");
    }

    static ViewFactory Views() => new(null!, Text);

    static PagerView? Pager(int number, int count) =>
        PagerView.Of(Paging.Split([.. Enumerable.Range(0, count * Paging.CasesPerPage)])[number - 1], "/cases/", Views(), Text);

    [Fact]
    public void A_list_of_one_page_has_no_pager_and_an_empty_list_still_has_a_first_page()
    {
        Assert.Null(PagerView.Of(Paging.Split(ImmutableArray.Create(1, 2, 3))[0], "/cases/", Views(), Text));
        var empty = Assert.Single(Paging.Split(ImmutableArray<int>.Empty));
        Assert.Empty(empty.Items);
        Assert.False(empty.IsPaged);
    }

    [Fact]
    public void Pages_hold_a_fixed_number_of_items_in_order_and_the_last_holds_the_rest()
    {
        var pages = Paging.Split([.. Enumerable.Range(0, 100)], 48);

        Assert.Equal([48, 48, 4], pages.Select(p => p.Items.Length));
        Assert.Equal([0, 48, 96], pages.Select(p => p.Offset));
        Assert.Equal(Enumerable.Range(0, 100), pages.SelectMany(p => p.Items));
        Portfolio.Tests.Shared.Every.Item(pages, p => Assert.Equal(3, p.Count));
    }

    [Theory]
    [InlineData(1, 3, "[1] 2 3")]
    [InlineData(1, 9, "[1] 2 3 … 9")]
    [InlineData(5, 9, "1 … 3 4 [5] 6 7 … 9")]
    [InlineData(4, 9, "1 2 3 [4] 5 6 … 9")]
    [InlineData(9, 9, "1 … 7 8 [9]")]
    public void The_pager_shows_the_first_and_last_pages_and_two_either_side_of_this_one(int number, int count, string expected)
    {
        var pager = Pager(number, count)!;

        Assert.Equal(expected, string.Join(' ', pager.Links.Select(l => l.Current ? $"[{l.Label}]" : l.Label)));
        Assert.Equal($"Page {number} of {count}", pager.Status);
        Assert.Equal(number == 1 ? null : number == 2 ? "/cases/" : $"/cases/page/{number - 1}/", pager.Previous?.Url);
        Assert.Equal(number == count ? null : $"/cases/page/{number + 1}/", pager.Next?.Url);
        Portfolio.Tests.Shared.Every.Item(pager.Links.Where(l => !l.IsGap), l => Assert.Equal(l.Label == "1" ? "/cases/" : $"/cases/page/{l.Label}/", l.Url));
    }
}
