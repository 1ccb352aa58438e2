namespace Portfolio.Tests.Shared;

/// <summary>
/// <c>Assert.All</c> passes on an empty collection, so a test that checks "every cell" passes when there are no
/// cells. <see cref="Item{T}"/> fails then: the collection must have items, and every item must pass.
/// </summary>
public static class Every
{
    public static void Item<T>(IEnumerable<T> items, Action<T> check)
    {
        var list = items.ToList();
        Assert.NotEmpty(list);
        Assert.All(list, check);
    }
}
