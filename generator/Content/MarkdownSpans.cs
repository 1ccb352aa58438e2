using Markdig.Syntax;
using Portfolio.Diagnostics;

namespace Portfolio.Content;

/// <summary>
/// Where a Markdown node was written, as a <see cref="SourceRange"/> in its file: Markdig keeps each node's start
/// line and column and its span as offsets in the body, and the body's line starts, so the end is exact too.
/// </summary>
public static class MarkdownSpans
{
    public static SourceRange Of(MarkdownObject node, MarkdownDocument body, string file, int bodyLine)
    {
        var start = new SourceRange(file, node.Line + bodyLine, node.Column + 1);
        var lines = body.LineStartIndexes;
        if (node.Span.IsEmpty || lines is not { Count: > 0 } || node.Span.End < node.Span.Start)
        {
            return start;
        }

        var end = node.Span.End;
        var line = lines.BinarySearch(end);
        line = line >= 0 ? line : ~line - 1;
        return start with { EndLine = Math.Max(line, node.Line) + bodyLine, EndColumn = end - lines[Math.Max(line, 0)] + 1 };
    }
}
