using System.Collections.Immutable;
using Markdig;
using Markdig.Syntax;
using Portfolio.Content.Yaml;
using Portfolio.Diagnostics;

namespace Portfolio.Content;

/// <summary>
/// Stage 2, parse: front matter and data files into YAML trees, bodies into Markdown syntax trees.
/// Every syntax problem is collected; a file that cannot be read is left out of the result.
/// </summary>
/// <remarks>With a <see cref="ParseCache"/> (as <c>serve</c> passes), unchanged files are taken from the cache.</remarks>
public sealed class Parser(MarkdownPipeline markdown, ParseCache? cache = null)
{
    public (ImmutableArray<ParsedDocument> Documents, ImmutableArray<Diagnostic> Diagnostics) Parse(ImmutableArray<SourceFile> files)
    {
        // Files are independent, so they are parsed in parallel; AsOrdered keeps the result in file order.
        var results = files.AsParallel().AsOrdered()
            .Select(file => cache is null ? ParseFresh(file) : cache.GetOrParse(file, ParseFresh))
            .ToList();
        cache?.Retain(files);
        return ([.. results.Select(r => r.Document).OfType<ParsedDocument>()], [.. results.SelectMany(r => r.Diagnostics)]);
    }

    (ParsedDocument? Document, ImmutableArray<Diagnostic> Diagnostics) ParseFresh(SourceFile file)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var document = ParseOne(file, diagnostics);
        return (document, diagnostics.ToImmutable());
    }

    ParsedDocument? ParseOne(SourceFile file, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var start = SourceRange.StartOf(file.Path);
        if (string.IsNullOrWhiteSpace(file.Text))
        {
            diagnostics.Add(Diagnostic.Error(Codes.EmptyFile, start, "the file is empty",
                file.Kind == ContentKind.Data ? "add the data, or delete the file" : "start from 'portfolio new case \"Title\"' or copy an existing file"));
            return null;
        }

        if (file.Kind == ContentKind.Data)
        {
            var fields = ReadMapping(file.Text, file.Path, 0, "the data file", diagnostics);
            return fields is null ? null : new ParsedDocument(file, fields, null, 0);
        }

        var split = FrontMatter.Split(file.Text);
        if (split is null)
        {
            diagnostics.Add(Diagnostic.Error(Codes.MissingFrontMatter, start,
                file.Text.StartsWith("---", StringComparison.Ordinal) ? "the front matter is not closed" : "the file does not start with front matter",
                "the file must begin with a line '---', then the YAML fields, then another line '---', then the Markdown text"));
            return null;
        }

        var mapping = ReadMapping(split.Yaml, file.Path, split.YamlLine - 1, "the front matter", diagnostics);
        if (mapping is null)
        {
            return null;
        }

        var body = ParseBody(split.Body, file.Path, split.BodyLine, diagnostics);
        return body is null ? null : new ParsedDocument(file, mapping, body, split.BodyLine);
    }

    /// <summary>The body's syntax tree with heading ids, or null when it breaks a limit of <see cref="MarkdownLimits"/> (reported).</summary>
    MarkdownDocument? ParseBody(string body, string path, int firstLine, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (MarkdownLimits.Scan(body, path, firstLine) is { } tooLarge)
        {
            diagnostics.Add(tooLarge);
            return null;
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(body, markdown);
        }
        catch (ArgumentException)
        {
            // Markdig refuses nesting past its own depth limit (deeper than ours) by throwing. The longest prefix it
            // still parses is already too deep by our limit: report the first place it is.
            var parsable = LongestParsablePrefix(body);
            diagnostics.Add(MarkdownLimits.CheckDepth(Markdown.Parse(parsable, markdown), path, firstLine)
                ?? MarkdownLimits.TooDeep(path, firstLine + (parsable.Length == 0 ? 0 : parsable.Count('\n') + 1), 1));
            return null;
        }

        if (MarkdownLimits.CheckDepth(document, path, firstLine) is { } tooDeep)
        {
            diagnostics.Add(tooDeep);
            return null;
        }

        HeadingIds.Assign(document);
        return document;
    }

    /// <summary>
    /// The longest run of whole lines from the start of the body that Markdig parses without throwing, found by
    /// bisection: nesting at a line depends only on the lines before it, so every longer prefix throws too.
    /// </summary>
    string LongestParsablePrefix(string body)
    {
        var lines = body.Split('\n');
        var (good, bad) = (0, lines.Length);
        while (bad - good > 1)
        {
            var middle = (good + bad) / 2;
            try
            {
                Markdown.Parse(string.Join('\n', lines[..middle]), markdown);
                good = middle;
            }
            catch (ArgumentException)
            {
                bad = middle;
            }
        }

        return string.Join('\n', lines[..good]);
    }

    static YamlMapping? ReadMapping(string yaml, string path, int lineOffset, string what, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var (root, problems) = YamlReader.Read(yaml, path, lineOffset);
        diagnostics.AddRange(problems);
        if (problems.Any(d => d.IsError))
        {
            return null;
        }

        switch (root)
        {
            case YamlMapping mapping:
                return mapping;
            case null:
                diagnostics.Add(Diagnostic.Error(Codes.EmptyFile, new SourceRange(path, lineOffset + 1, 1), $"{what} is empty",
                    "write the fields as 'name: value' lines"));
                return null;
            default:
                diagnostics.Add(Diagnostic.Error(Codes.NotAMapping, root.Position, $"{what} is {root.Describe()}, not a set of fields",
                    "write the fields as 'name: value' lines, not as a list or a single value"));
                return null;
        }
    }
}
