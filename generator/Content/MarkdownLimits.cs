using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portfolio.Diagnostics;

namespace Portfolio.Content;

/// <summary>
/// Bounds on Markdown that keep a hostile body from taking the build down or holding it for minutes. Markdig
/// throws once nesting passes 128 levels, and parses some shapes in quadratic time (a long run of <c>[a](</c>
/// without spaces, thousands of link definitions or headings); <see cref="Scan"/> refuses those shapes before
/// parsing, and <see cref="CheckDepth"/> refuses deep nesting before anything renders it. Every limit is in
/// <see cref="ContentLimits"/>, far beyond real content.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>Checks the raw body in one pass: headings, link definitions and the longest unbroken run.</summary>
    public static Diagnostic? Scan(string body, string file, int firstLine)
    {
        var headings = 0;
        var definitions = 0;
        var previousBlank = true;
        var openBrackets = 0;
        var inFence = false;
        var line = 0;
        foreach (var range in body.AsSpan().Split('\n'))
        {
            var text = body.AsSpan(range);
            var at = firstLine + line++;
            var trimmed = text.TrimStart(' ');
            var indent = text.Length - trimmed.Length;
            var blank = trimmed.IsWhiteSpace();
            if (indent <= 3 && (IsAtxHeading(trimmed) || (!previousBlank && IsSetextUnderline(trimmed))) && ++headings > ContentLimits.MaxHeadings)
            {
                return TooLarge(file, at, $"the body has more than {ContentLimits.MaxHeadings:N0} headings", "split the text into several pages");
            }

            if (indent <= 3 && IsLinkDefinition(trimmed) && ++definitions > ContentLimits.MaxLinkDefinitions)
            {
                return TooLarge(file, at, $"the body has more than {ContentLimits.MaxLinkDefinitions:N0} link definitions ('[label]: address' lines)",
                    "write the links inline, [text](address), or split the page");
            }

            if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~"))
            {
                inFence = !inFence;
            }
            else if (blank)
            {
                openBrackets = 0;
            }
            else if (!inFence && UnclosedBrackets(text, ref openBrackets) is var column and >= 0)
            {
                // Markdig nests everything after an unclosed '[' inside it, and takes quadratic time to do so.
                return TooDeep(file, at, column + 1);
            }

            if (LongestRun(text) is var (start, length) && length > ContentLimits.MaxUnbrokenRun)
            {
                return new Diagnostic(Severity.Error, Codes.MarkdownTooLarge,
                    $"the line has {length:N0} characters without a space; the limit is {ContentLimits.MaxUnbrokenRun:N0}",
                    new SourceRange(file, at, start + 1), "break the text with spaces or line breaks; a web address this long will not work anyway");
            }

            previousBlank = blank;
        }

        return null;
    }

    static Diagnostic TooLarge(string file, int line, string message, string hint) =>
        Diagnostic.Error(Codes.MarkdownTooLarge, new SourceRange(file, line, 1), message, hint);

    /// <summary>
    /// Counts '[' left open in a paragraph (escaped brackets and code spans aside); the column at which more than
    /// <see cref="ContentLimits.MaxMarkdownDepth"/> are open, or -1.
    /// </summary>
    static int UnclosedBrackets(ReadOnlySpan<char> line, ref int open)
    {
        var inCode = false;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '\\':
                    i++;
                    break;
                case '`':
                    inCode = !inCode;
                    break;
                case '[' when !inCode:
                    if (++open > ContentLimits.MaxMarkdownDepth)
                    {
                        return i;
                    }

                    break;
                case ']' when !inCode && open > 0:
                    open--;
                    break;
            }
        }

        return -1;
    }

    static bool IsAtxHeading(ReadOnlySpan<char> line)
    {
        var hashes = 0;
        while (hashes < line.Length && line[hashes] == '#')
        {
            hashes++;
        }

        return hashes is >= 1 and <= 6 && (hashes == line.Length || line[hashes] is ' ' or '\t');
    }

    static bool IsSetextUnderline(ReadOnlySpan<char> line)
    {
        var content = line.TrimEnd(" \t");
        return content.Length > 0 && (content[0] is '=' or '-') && !content.ContainsAnyExcept(content[0]);
    }

    static bool IsLinkDefinition(ReadOnlySpan<char> line)
    {
        if (line.Length < 4 || line[0] != '[')
        {
            return false;
        }

        var close = line.IndexOf("]:");
        return close > 1;
    }

    static (int Start, int Length) LongestRun(ReadOnlySpan<char> line)
    {
        var best = (0, 0);
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i == line.Length || line[i] is ' ' or '\t')
            {
                if (i - start > best.Item2)
                {
                    best = (start, i - start);
                }

                start = i + 1;
            }
        }

        return best;
    }

    /// <summary>
    /// The first node nested deeper than <see cref="ContentLimits.MaxMarkdownDepth"/>, counting blocks inside blocks
    /// and inlines inside inlines (an unclosed '[' nests everything after it), as a diagnostic. Walks without
    /// recursion, so any depth is safe.
    /// </summary>
    public static Diagnostic? CheckDepth(MarkdownDocument document, string file, int firstLine)
    {
        // Children are pushed last first, so nodes come off the stack in document order and the first one reported is the earliest.
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > ContentLimits.MaxMarkdownDepth)
            {
                return TooDeep(file, firstLine + node.Line, node.Column + 1);
            }

            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        stack.Push((container[i], depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push((child, depth + 1));
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>The diagnostic for nesting Markdig itself refused while parsing, at the first line that makes it too deep.</summary>
    public static Diagnostic TooDeep(string file, int line, int column) =>
        Diagnostic.Error(Codes.MarkdownTooDeep, new SourceRange(file, line, column),
            $"the Markdown here is nested more than {ContentLimits.MaxMarkdownDepth} levels deep (quotes, lists, emphasis or links inside one another, or '[' brackets left open)",
            "close every '[' with ']' or write a literal bracket as '\\['; flatten nested quotes and lists");
}
