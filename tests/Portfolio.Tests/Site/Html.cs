using AngleSharp.Dom;

namespace Portfolio.Tests.Site;

/// <summary>Small AngleSharp helpers for reading what a user sees.</summary>
public static class Html
{
    /// <summary>The text of an element with runs of white space collapsed, as a browser shows it.</summary>
    public static string Text(this IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static IElement One(this IParentNode node, string selector) =>
        node.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"no element matches '{selector}'");

    public static string[] Texts(this IParentNode node, string selector) => [.. node.QuerySelectorAll(selector).Select(Text)];

    public static string[] Hrefs(this IParentNode node, string selector) => [.. node.QuerySelectorAll(selector).Select(e => e.GetAttribute("href") ?? "")];
}
