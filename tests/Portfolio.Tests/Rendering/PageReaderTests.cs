using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portfolio.Rendering;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Rendering;

/// <summary>
/// The single-pass page reader reads every page of the real site exactly as a full HTML parser (AngleSharp)
/// does: the same ids, headings, links and images for the checks, the same title, summary and sections for
/// the search.
/// </summary>
public sealed class PageReaderTests
{
    static readonly HtmlParser Parser = new();

    public static TheoryData<string> Pages()
    {
        using var site = FixtureSite.OfRepositoryContent();
        var result = site.Build(write: false);
        Assert.Equal(0, result.ErrorCount);
        var data = new TheoryData<string>();
        foreach (var file in result.Files.Where(f => f.IsHtml))
        {
            data.Add(Encoding.UTF8.GetString(file.Bytes));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Reads_the_facts_of_a_page_as_a_full_parser_does(string html)
    {
        using var document = Parser.ParseDocument(html);

        var reading = PageReader.Read(html);

        Assert.Equal(document.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)), reading.Ids);
        Assert.Equal(document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => (h.LocalName[1] - '0', h.TextContent, string.IsNullOrEmpty(h.Id) ? null : h.Id)),
            reading.Headings.Select(h => (h.Level, h.Text, h.Id)));
        Assert.Equal(document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!), reading.Links);
        Assert.Equal(document.QuerySelectorAll("img:not([alt])").Select(i => i.GetAttribute("src") ?? ""), reading.ImagesWithoutAlt);
        Assert.Equal(document.DocumentElement.GetAttribute("lang"), reading.Language);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Reads_the_searchable_text_of_a_page_as_a_full_parser_does(string html)
    {
        var expected = Searchable(html);

        var reading = PageReader.Read(html);

        Assert.Equal(expected.Title, reading.Title);
        Assert.Equal(expected.Summary, reading.Summary);
        Assert.Equal(expected.Sections, reading.Sections.Select(s => (s.Anchor, s.Heading, s.Text)));
    }

    [Fact]
    public void Text_is_decoded_and_nested_elements_close_with_their_parent()
    {
        var reading = PageReader.Read("<html lang=\"es\"><body><main><h1>R&amp;D&rsquo;s</h1><p class=\"lede\">One<br>two</p>"
            + "<section><h2 id=\"a\">A &lt;b&gt;</h2><p>x <em>y</em><li>z</section><p>after</p></main></body></html>");

        Assert.Equal("es", reading.Language);
        Assert.Equal("R&D\u2019s", reading.Title);
        Assert.Equal("Onetwo", reading.Summary);
        Assert.Equal([("a", "A <b>", "x y z after")], reading.Sections.Select(s => (s.Anchor, s.Heading, s.Text)));
    }

    /// <summary>What the search took from a page before the reader existed: the DOM, minus what is not the page's own text.</summary>
    static (string? Title, string? Summary, List<(string, string, string)> Sections) Searchable(string html)
    {
        using var document = Parser.ParseDocument(html);
        var main = document.QuerySelector("main");
        if (main is null)
        {
            return (null, null, []);
        }

        foreach (var element in main.QuerySelectorAll("nav, form, script, style, template, svg, [hidden], [aria-hidden=true], [data-search-ignore], .pager, .edit-link, .case-card, .matrix, .eyebrow, .skip-link").ToList())
        {
            element.Remove();
        }

        var h1 = main.QuerySelector("h1");
        var lede = main.QuerySelector(".lede");
        var title = h1 is null ? null : Collapse(h1.TextContent);
        var summary = lede is null ? null : Collapse(lede.TextContent);
        h1?.Remove();
        lede?.Remove();
        var sections = new List<(string, string, string)>();
        var text = new StringBuilder();
        var (anchor, heading) = ("", "");
        void Flush()
        {
            var body = Collapse(text.ToString());
            if (body.Length > 0 || heading.Length > 0)
            {
                sections.Add((anchor, heading, body));
            }

            text.Clear();
        }

        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText t:
                        text.Append(t.Data);
                        break;
                    case IElement { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" } h:
                        Flush();
                        anchor = string.IsNullOrEmpty(h.Id) ? anchor : h.Id;
                        heading = Collapse(h.TextContent);
                        break;
                    case IElement e when InlineTags.Contains(e.LocalName):
                        Walk(e);
                        if (e.NextSibling is IElement)
                        {
                            text.Append(' ');
                        }

                        break;
                    case IElement e:
                        text.Append(' ');
                        Walk(e);
                        text.Append(' ');
                        break;
                }
            }
        }

        Walk(main);
        Flush();
        return (title, summary, sections);
    }

    static readonly FrozenSet<string> InlineTags = new[]
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "del", "ins",
    }.ToFrozenSet(StringComparer.Ordinal);

    static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
