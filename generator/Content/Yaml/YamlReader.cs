using System.Collections.Immutable;
using Portfolio.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Portfolio.Content.Yaml;

/// <summary>
/// Reads YAML text into a <see cref="YamlValue"/> tree with exact positions. It walks the parser's
/// event stream itself, so anchors and aliases (the YAML "billion laughs") are refused before they
/// can expand, nesting depth and node count are bounded, and duplicate keys are reported.
/// </summary>
public sealed class YamlReader
{
    readonly string file;
    readonly int lineOffset;
    readonly YamlDotNet.Core.Parser parser;
    readonly ImmutableArray<Diagnostic>.Builder diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
    int nodes;

    YamlReader(string text, string file, int lineOffset)
    {
        this.file = file;
        this.lineOffset = lineOffset;
        parser = new YamlDotNet.Core.Parser(new StringReader(text));
    }

    /// <summary>
    /// Reads one YAML document. <paramref name="lineOffset"/> is added to every line, for YAML that
    /// starts below the top of its file (front matter). Returns null when the text is not usable.
    /// </summary>
    public static (YamlValue? Root, ImmutableArray<Diagnostic> Diagnostics) Read(string text, string file, int lineOffset = 0)
    {
        var reader = new YamlReader(text, file, lineOffset);
        var root = reader.ReadStream();
        return (root, reader.diagnostics.ToImmutable());
    }

    YamlValue? ReadStream()
    {
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(depth: 0);
            if (root is null)
            {
                return null;
            }

            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                diagnostics.Add(Diagnostic.Error(Codes.MultipleDocuments, At(second.Start),
                    "the YAML holds a second document after '---'",
                    "keep a single document; in a Markdown file, close the front matter with one '---' line"));
                return null;
            }

            return root;
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(Codes.YamlSyntax, At(e.Start, e.End), Clean(e.Message),
                "check the indentation and quoting on this line; values that contain ': ' or start with a special character need quotes"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail this way at the end of an unclosed flow list or mapping.
            var at = parser.Current is { } current ? At(current.Start) : new SourceRange(file, 1 + lineOffset, 1);
            diagnostics.Add(Diagnostic.Error(Codes.YamlSyntax, at, "a '[' or '{' opened here is never closed",
                "close the list with ']' (or the mapping with '}') on the same line, or quote the value if the bracket is part of the text"));
            return null;
        }
    }

    YamlValue? ReadNode(int depth)
    {
        if (++nodes > ContentLimits.MaxYamlNodes)
        {
            diagnostics.Add(Diagnostic.Error(Codes.YamlTooDeep, At(parser.Current!.Start),
                $"the YAML has more than {ContentLimits.MaxYamlNodes:N0} values", "this file is far larger than any content needs"));
            return null;
        }

        var current = parser.Current!;
        if (current is AnchorAlias alias)
        {
            diagnostics.Add(Diagnostic.Error(Codes.YamlAlias, At(alias.Start),
                $"YAML aliases (*{alias.Value}) are not allowed in content", "write the value out in full"));
            return null;
        }

        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            diagnostics.Add(Diagnostic.Error(Codes.YamlAlias, At(anchored.Start),
                $"YAML anchors (&{anchored.Anchor}) are not allowed in content", "remove the anchor and write each value out in full"));
            return null;
        }

        if (depth > ContentLimits.MaxYamlDepth)
        {
            diagnostics.Add(Diagnostic.Error(Codes.YamlTooDeep, At(current.Start),
                $"the YAML is nested more than {ContentLimits.MaxYamlDepth} levels deep", "flatten the structure; no field of the schema nests this deep"));
            return null;
        }

        return current switch
        {
            Scalar scalar => ReadScalar(scalar),
            SequenceStart start => ReadSequence(start, depth),
            MappingStart start => ReadMapping(start, depth),
            _ => throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}"),
        };
    }

    YamlScalar ReadScalar(Scalar scalar)
    {
        parser.MoveNext();
        var refused = TextRules.FirstRefused(scalar.Value);
        if (refused >= 0)
        {
            // The file's text was clean, so the character came from an escape such as "\u0007" in a quoted value.
            diagnostics.Add(Diagnostic.Error(Codes.ControlCharacter, At(scalar.Start, scalar.End),
                $"the value holds {TextRules.Describe(scalar.Value, refused)}, written as an escape",
                "remove the escape; text on the site cannot carry control characters or noncharacters"));
        }

        return new YamlScalar(scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any, At(scalar.Start, scalar.End));
    }

    YamlSequence? ReadSequence(SequenceStart start, int depth)
    {
        parser.MoveNext();
        var items = ImmutableArray.CreateBuilder<YamlValue>();
        while (!parser.Accept<SequenceEnd>(out _))
        {
            var item = ReadNode(depth + 1);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
        }

        parser.MoveNext();
        return new YamlSequence(items.ToImmutable(), At(start.Start));
    }

    YamlMapping? ReadMapping(MappingStart start, int depth)
    {
        parser.MoveNext();
        var entries = ImmutableArray.CreateBuilder<YamlEntry>();
        var seen = new Dictionary<string, SourceRange>(StringComparer.Ordinal);
        while (!parser.Accept<MappingEnd>(out _))
        {
            var key = ReadNode(depth + 1);
            if (key is null)
            {
                return null;
            }

            var value = ReadNode(depth + 1);
            if (value is null)
            {
                return null;
            }

            if (key is not YamlScalar scalarKey)
            {
                diagnostics.Add(Diagnostic.Error(Codes.WrongType, key.Position, "a key must be plain text, not a list or mapping"));
                continue;
            }

            if (seen.TryGetValue(scalarKey.Value, out var first))
            {
                diagnostics.Add(Diagnostic.Error(Codes.DuplicateKey, scalarKey.Position,
                    $"'{scalarKey.Value}' is written twice in the same mapping (first on line {first.Line})",
                    "keep one of them; YAML would silently use only the last"));
                continue;
            }

            seen[scalarKey.Value] = scalarKey.Position;
            entries.Add(new YamlEntry(scalarKey, value));
        }

        parser.MoveNext();
        return new YamlMapping(entries.ToImmutable(), At(start.Start));
    }

    SourceRange At(Mark mark) => new(file, (int)mark.Line + lineOffset, (int)mark.Column);

    SourceRange At(Mark start, Mark end) =>
        end.Line < start.Line || (end.Line == start.Line && end.Column < start.Column)
            ? At(start)
            : new(file, (int)start.Line + lineOffset, (int)start.Column, (int)end.Line + lineOffset, (int)end.Column);

    static string Clean(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: 10) - (Line: …): "; the position is printed already.
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = index >= 0 ? message[(index + 3)..] : message;
        return char.ToLowerInvariant(text[0]) + text[1..].TrimEnd('.');
    }
}
