using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Net;
using System.Text;

namespace Portfolio.Rendering;

/// <summary>
/// Reads a page the theme rendered in one pass, without building a DOM: what the check stage needs (ids,
/// headings, links, images without alt text) and what the search index needs (the h1, the lede and the text
/// under each heading of <c>main</c>, leaving out navigation, forms, the cards of other cases, decoration hidden from
/// assistive technology (<c>aria-hidden</c>: the small matrix on every case page would put "design" into every case)
/// and whatever is marked <c>data-search-ignore</c>). Made for the site's own markup, which the HTML validator keeps
/// well-formed; an end tag closes every element opened inside it, as in a browser.
/// </summary>
public static class PageReader
{
    static readonly FrozenSet<string> Void = new[]
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    }.ToFrozenSet(StringComparer.Ordinal);

    static readonly FrozenSet<string> RawText = new[] { "script", "style", "textarea", "title" }.ToFrozenSet(StringComparer.Ordinal);

    static readonly FrozenSet<string> Inline = new[]
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "del", "ins",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Elements whose text is not what the page says: left out of the search text with everything inside them.</summary>
    static readonly FrozenSet<string> SkippedTags = new[] { "nav", "form", "script", "style", "template", "svg" }.ToFrozenSet(StringComparer.Ordinal);

    static readonly FrozenSet<string> SkippedClasses = new[] { "pager", "edit-link", "case-card", "matrix", "eyebrow", "skip-link" }.ToFrozenSet(StringComparer.Ordinal);

    static readonly FrozenSet<string> LedeClass = new[] { "lede" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every tag name the reader compares, so a tag's name is looked up, not allocated, on each tag.</summary>
    static readonly FrozenSet<string> KnownTags = Void.Concat(RawText).Concat(Inline).Concat(SkippedTags).Concat(
    [
        "html", "head", "body", "main", "header", "footer", "section", "article", "aside", "div", "p", "ul", "ol", "li", "dl", "dt",
        "dd", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "figure", "figcaption", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "button", "label", "select", "option", "details", "summary", "picture", "fieldset",
        "legend", "output", "meter", "progress", "dialog", "noscript", "address", "search", "path", "g", "rect", "circle",
    ]).ToFrozenSet(StringComparer.Ordinal);

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownTagsBySpan = KnownTags.GetAlternateLookup<ReadOnlySpan<char>>();

    public static PageReading Read(string html) => new Reader(html).Read();

    /// <summary>The attributes of a start tag the reader uses; the others are skipped without being copied.</summary>
    struct Attributes
    {
        public string? Id;
        public string? Href;
        public string? Src;
        public string? Class;
        public string? Lang;
        public bool HasAlt;
        public bool Hidden;

        public readonly bool HasClass(FrozenSet<string> names)
        {
            if (Class is null)
            {
                return false;
            }

            var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var range in Class.AsSpan().Split(' '))
            {
                if (lookup.Contains(Class.AsSpan()[range]))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>One element on the stack: its name, whether its text is left out of the search, and what it captures.</summary>
    readonly record struct Open(string Name, bool Skipped, bool InMain, Capture? Capture);

    /// <summary>Text being gathered for a heading, the h1 or the lede, until the element closes.</summary>
    sealed class Capture(Kind kind, int level, string? id)
    {
        public Kind Kind { get; } = kind;

        public int Level { get; } = level;

        public string? Id { get; } = id;

        public StringBuilder Text { get; } = new();
    }

    enum Kind
    {
        Heading,
        Lede,
    }

    sealed class Reader(string html)
    {
        readonly List<Open> stack = [];
        readonly ImmutableArray<string>.Builder ids = ImmutableArray.CreateBuilder<string>();
        readonly ImmutableArray<PageHeading>.Builder headings = ImmutableArray.CreateBuilder<PageHeading>();
        readonly ImmutableArray<string>.Builder images = ImmutableArray.CreateBuilder<string>();
        readonly ImmutableArray<string>.Builder links = ImmutableArray.CreateBuilder<string>();
        readonly SectionWriter sections = new();
        readonly List<Capture> captures = [];
        string language = "";
        string? title;
        string? summary;
        bool sawMain;

        // Set when an inline element of the searched text has just closed: if an element follows at once
        // (<span>DINAGUA</span><span>The public body…</span>) the theme's CSS lays the two apart, so their
        // words must not run together.
        bool inlineJustClosed;

        public PageReading Read()
        {
            var i = 0;
            while (i < html.Length)
            {
                var lt = html.IndexOf('<', i);
                if (lt < 0)
                {
                    Text(html.AsSpan(i));
                    break;
                }

                if (lt > i)
                {
                    inlineJustClosed = false;
                    Text(html.AsSpan(i, lt - i));
                }

                i = Tag(lt);
            }

            return new PageReading(language, ids.ToImmutable(), headings.ToImmutable(), images.ToImmutable(), links.ToImmutable(),
                sawMain, title, summary, sections.Finish());
        }

        /// <summary>Reads the markup starting at <paramref name="lt"/> and returns where the text after it starts.</summary>
        int Tag(int lt)
        {
            var followsInline = inlineJustClosed;
            inlineJustClosed = false;
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                return end < 0 ? html.Length : end + 3;
            }

            if (lt + 1 < html.Length && html[lt + 1] is '!' or '?')
            {
                var end = html.IndexOf('>', lt);
                return end < 0 ? html.Length : end + 1;
            }

            if (lt + 1 < html.Length && html[lt + 1] == '/')
            {
                var end = html.IndexOf('>', lt);
                Close(TagName(html.AsSpan(lt + 2, (end < 0 ? html.Length : end) - lt - 2).Trim()));
                return end < 0 ? html.Length : end + 1;
            }

            var (tag, attributes, selfClosing, after) = StartTag(lt);
            if (tag.Length == 0)
            {
                Text("<");
                return lt + 1;
            }

            if (followsInline && stack.Count > 0 && stack[^1] is { InMain: true, Skipped: false })
            {
                sections.Break();
            }

            OpenElement(tag, attributes, selfClosing || Void.Contains(tag));
            if (RawText.Contains(tag) && !selfClosing)
            {
                var close = html.IndexOf("</" + tag, after, StringComparison.OrdinalIgnoreCase);
                var end = close < 0 ? html.Length : close;
                if (tag == "title")
                {
                    Text(html.AsSpan(after, end - after));
                }

                return end;
            }

            return after;
        }

        static string TagName(ReadOnlySpan<char> name)
        {
            if (KnownTagsBySpan.TryGetValue(name, out var known))
            {
                return known;
            }

            var lower = name.ToString().ToLowerInvariant();
            return KnownTags.TryGetValue(lower, out known) ? known : lower;
        }

        (string Tag, Attributes Attributes, bool SelfClosing, int After) StartTag(int lt)
        {
            var i = lt + 1;
            var start = i;
            while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or ':'))
            {
                i++;
            }

            var tag = i == start ? "" : TagName(html.AsSpan(start, i - start));
            var attributes = default(Attributes);
            while (i < html.Length)
            {
                while (i < html.Length && char.IsWhiteSpace(html[i]))
                {
                    i++;
                }

                if (i >= html.Length || html[i] == '>')
                {
                    return (tag, attributes, false, i + 1);
                }

                if (html[i] == '/' && i + 1 < html.Length && html[i + 1] == '>')
                {
                    return (tag, attributes, true, i + 2);
                }

                var nameStart = i;
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/'))
                {
                    i++;
                }

                var name = html.AsSpan(nameStart, i - nameStart);
                var (valueStart, valueLength) = (i, 0);
                while (i < html.Length && char.IsWhiteSpace(html[i]))
                {
                    i++;
                }

                if (i < html.Length && html[i] == '=')
                {
                    i++;
                    while (i < html.Length && char.IsWhiteSpace(html[i]))
                    {
                        i++;
                    }

                    if (i < html.Length && html[i] is '"' or '\'')
                    {
                        var quote = html[i];
                        var close = html.IndexOf(quote, i + 1);
                        close = close < 0 ? html.Length : close;
                        (valueStart, valueLength) = (i + 1, close - i - 1);
                        i = Math.Min(close + 1, html.Length);
                    }
                    else
                    {
                        valueStart = i;
                        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                        {
                            i++;
                        }

                        valueLength = i - valueStart;
                    }
                }
                else if (name.IsEmpty)
                {
                    i++;
                    continue;
                }

                Keep(ref attributes, name, html.AsSpan(valueStart, valueLength));
            }

            return (tag, attributes, false, html.Length);
        }

        /// <summary>Records an attribute the reader uses (the first of a name wins, as in a browser).</summary>
        static void Keep(ref Attributes attributes, ReadOnlySpan<char> name, ReadOnlySpan<char> value)
        {
            Span<char> lower = stackalloc char[32];
            scoped ReadOnlySpan<char> key = name;
            if (name.Length <= lower.Length && name.ContainsAnyInRange('A', 'Z'))
            {
                key = lower[..name.ToLowerInvariant(lower)];
            }

            switch (key)
            {
                case "id":
                    attributes.Id ??= Decode(value);
                    break;
                case "href":
                    attributes.Href ??= Decode(value);
                    break;
                case "src":
                    attributes.Src ??= Decode(value);
                    break;
                case "class":
                    attributes.Class ??= Decode(value);
                    break;
                case "lang":
                    attributes.Lang ??= Decode(value);
                    break;
                case "alt":
                    attributes.HasAlt = true;
                    break;
                case "hidden" or "data-search-ignore":
                    attributes.Hidden = true;
                    break;
                case "aria-hidden" when value.SequenceEqual("true"):
                    attributes.Hidden = true;
                    break;
            }
        }

        void OpenElement(string tag, in Attributes attributes, bool empty)
        {
            Open? parent = stack.Count > 0 ? stack[^1] : null;
            if (tag == "html" && attributes.Lang is { } lang)
            {
                language = lang;
            }

            var id = attributes.Id;
            if (id is { Length: > 0 })
            {
                ids.Add(id);
            }

            switch (tag)
            {
                case "img" when !attributes.HasAlt:
                    images.Add(attributes.Src ?? "");
                    break;
                case "a" when attributes.Href is { } href:
                    links.Add(href);
                    break;
            }

            var inMain = tag == "main" || parent?.InMain == true;
            sawMain |= tag == "main";
            var skipped = parent?.Skipped == true || SkippedTags.Contains(tag) || attributes.Hidden || attributes.HasClass(SkippedClasses);
            var capture = Captured(tag, attributes, id, inMain && !skipped);
            if (!empty)
            {
                stack.Add(new Open(tag, skipped, inMain, capture));
                if (capture is not null)
                {
                    captures.Add(capture);
                }
            }

            if (inMain && !skipped && capture is null && !Inline.Contains(tag))
            {
                sections.Break();
            }
        }

        Capture? Captured(string tag, in Attributes attributes, string? id, bool searched)
        {
            if (tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6')
            {
                return new Capture(Kind.Heading, tag[1] - '0', id);
            }

            return searched && summary is null && attributes.HasClass(LedeClass) ? new Capture(Kind.Lede, 0, id) : null;
        }

        void Close(string tag)
        {
            var index = stack.Count - 1;
            while (index >= 0 && !ReferenceEquals(stack[index].Name, tag) && stack[index].Name != tag)
            {
                index--;
            }

            if (index < 0)
            {
                return;
            }

            for (var i = stack.Count - 1; i >= index; i--)
            {
                var open = stack[i];
                stack.RemoveAt(i);
                if (open.Capture is { } capture)
                {
                    captures.Remove(capture);
                    Finish(open, capture);
                }
                else if (open.InMain && !open.Skipped && !Inline.Contains(open.Name))
                {
                    sections.Break();
                }

                inlineJustClosed = i == index && open.InMain && !open.Skipped && Inline.Contains(open.Name);
            }
        }

        void Finish(Open open, Capture capture)
        {
            var text = capture.Text.ToString();
            if (capture.Kind == Kind.Lede)
            {
                summary = Collapse(text);
                return;
            }

            headings.Add(new PageHeading(capture.Level, text, capture.Id));
            if (!open.InMain || open.Skipped)
            {
                return;
            }

            if (capture.Level == 1)
            {
                title ??= Collapse(text);
                if (title == Collapse(text) && headings.Count(h => h.Level == 1) == 1)
                {
                    return;
                }
            }

            sections.Start(capture.Id, Collapse(text));
        }

        void Text(ReadOnlySpan<char> raw)
        {
            if (raw.IsEmpty)
            {
                return;
            }

            var text = raw.Contains('&') ? Decode(raw).AsSpan() : raw;
            foreach (var capture in captures)
            {
                capture.Text.Append(text);
            }

            if (stack.Count > 0 && stack[^1] is { InMain: true, Skipped: false } && captures.Count == 0)
            {
                sections.Append(text);
            }
        }

        static string Decode(ReadOnlySpan<char> value) => value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : value.ToString();

        static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Collects text into sections, collapsing white space and keeping block boundaries as spaces.</summary>
    sealed class SectionWriter
    {
        readonly ImmutableArray<PageSection>.Builder sections = ImmutableArray.CreateBuilder<PageSection>();
        readonly StringBuilder text = new();
        string anchor = "";
        string heading = "";

        public void Start(string? id, string title)
        {
            Flush();
            anchor = string.IsNullOrEmpty(id) ? anchor : id;
            heading = title;
        }

        public void Append(ReadOnlySpan<char> data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    Break();
                }
                else
                {
                    text.Append(c);
                }
            }
        }

        public void Break()
        {
            if (text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }
        }

        public ImmutableArray<PageSection> Finish()
        {
            Flush();
            return sections.ToImmutable();
        }

        void Flush()
        {
            var body = text.ToString().Trim();
            if (body.Length > 0 || heading.Length > 0)
            {
                sections.Add(new PageSection(anchor, heading, body));
            }

            text.Clear();
        }
    }
}

/// <summary>
/// What <see cref="PageReader"/> read from a page: its language, ids, headings, links and images without alt text
/// (for the checks) and, from <c>main</c>, its title, summary and the text under each heading (for the search).
/// </summary>
public sealed record PageReading(
    string Language,
    ImmutableArray<string> Ids,
    ImmutableArray<PageHeading> Headings,
    ImmutableArray<string> ImagesWithoutAlt,
    ImmutableArray<string> Links,
    bool HasMain,
    string? Title,
    string? Summary,
    ImmutableArray<PageSection> Sections)
{
    public int H1Count => Headings.Count(h => h.Level == 1);
}

/// <summary>A heading of the page: its level, its text as written and its id.</summary>
public sealed record PageHeading(int Level, string Text, string? Id);

/// <summary>The searchable text under one heading; the text before the first heading has no heading or anchor.</summary>
public sealed record PageSection(string Anchor, string Heading, string Text);
