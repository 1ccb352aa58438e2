using System.Collections.Immutable;

namespace Portfolio.Model;

/// <summary>
/// How lists that grow with the portfolio stay light: a list of cases longer than a page is split into numbered
/// pages, and a place that shows a few cases of a larger set (a matrix cell, a step's examples) shows the first
/// ones and a link to the rest. The sizes keep every page far under 100 KB gzipped at 10,000 cases, and a small
/// portfolio is never split: with fewer cases than a page holds, there is one page and no pager.
/// </summary>
public static class Paging
{
    /// <summary>Cases on one page of <c>/cases/</c>, a country or theme, a step's examples or the beneficiaries table.</summary>
    public const int CasesPerPage = 48;

    /// <summary>Cases a cell of the co-production matrix lists before it links to the rest.</summary>
    public const int CasesPerCell = 8;

    /// <summary>Examples a guide step shows before it links to the list of all its examples.</summary>
    public const int ExamplesPerStep = 6;

    /// <summary>
    /// The items in pages of <paramref name="size"/>, first page first; an empty list is one empty page, so every
    /// list has a first page to show.
    /// </summary>
    public static ImmutableArray<ListPage<T>> Split<T>(ImmutableArray<T> items, int size = CasesPerPage)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var count = Math.Max(1, (items.Length + size - 1) / size);
        var pages = ImmutableArray.CreateBuilder<ListPage<T>>(count);
        for (var i = 0; i < count; i++)
        {
            var start = i * size;
            pages.Add(new ListPage<T>(i + 1, count, start, items.Length, items.Slice(start, Math.Min(size, items.Length - start))));
        }

        return pages.MoveToImmutable();
    }
}

/// <summary>
/// Page <see cref="Number"/> of <see cref="Count"/> of a list of <see cref="Total"/> items; <see cref="Offset"/> is
/// the index of its first item in the whole list.
/// </summary>
public sealed record ListPage<T>(int Number, int Count, int Offset, int Total, ImmutableArray<T> Items)
{
    public bool IsFirst => Number == 1;

    public bool IsPaged => Count > 1;
}
