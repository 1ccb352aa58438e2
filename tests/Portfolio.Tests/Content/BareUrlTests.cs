using Markdig;
using Portfolio.Content;

namespace Portfolio.Tests.Content;

/// <summary>The linear bare-URL parser links exactly what Markdig's auto-link extension links.</summary>
public sealed class BareUrlTests
{
    static readonly MarkdownPipeline Markdigs = new MarkdownPipelineBuilder().UseEmphasisExtras().UseAutoLinks().Build();
    static readonly MarkdownPipeline Ours = new MarkdownPipelineBuilder().UseEmphasisExtras().Use<BareUrlExtension>().Build();

    [Theory]
    [InlineData("See https://example.org/a and www.example.org.")]
    [InlineData("Mail mailto:someone@example.org or call tel:+5411-1234.")]
    [InlineData("*https://example.org/emphasis*, _www.example.org_ and ~~http://example.org/x~~")]
    [InlineData("(https://example.org/in-parens) and (www.example.org)")]
    [InlineData("[a link with https://example.org/inside](https://example.org/target)")]
    [InlineData("[an open bracket https://example.org/after it")]
    [InlineData("no:https://example.org/ after a letter, http:// alone, https://localhost and ftp://files.example.org/x")]
    [InlineData("https://example.org/path?query=1&b=2#frag. Trailing dot, and https://example.org/a_(b)")]
    [InlineData("**bold www.example.org/x**")]
    public void Links_the_same_addresses_as_markdigs_auto_links(string text) =>
        Assert.Equal(Markdown.ToHtml(text, Markdigs), Markdown.ToHtml(text, Ours));

    [Fact]
    public void A_paragraph_of_thousands_of_addresses_is_all_links()
    {
        var text = string.Concat(Enumerable.Repeat("https://example.org/a ", 5000));

        var html = Markdown.ToHtml(text, Ours);

        Assert.Equal(5000, html.Split("<a href=").Length - 1);
    }
}
