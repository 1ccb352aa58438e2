using System.Collections.Frozen;
using System.Collections.Immutable;
using Portfolio.Content;
using Portfolio.Diagnostics;
using Portfolio.Content.Documents;

namespace Portfolio.Checks;

/// <summary>
/// Finds where a problem seen in the rendered HTML was written in the content file, so a diagnostic
/// can point at the line and column a contributor has to change: the n-th occurrence of a link
/// target, or the Markdown heading with a given text. Falls back to the start of the file.
/// </summary>
public sealed class SourceLocator(ImmutableArray<SourceFile> sources, string basePath)
{
    readonly FrozenDictionary<string, string> texts = sources.ToFrozenDictionary(s => s.Path, s => s.Text, StringComparer.Ordinal);

    /// <summary>The <paramref name="occurrence"/>-th (0-based) place the link target <paramref name="href"/> is written in the file.</summary>
    public SourcePosition Link(string file, string href, int occurrence)
    {
        if (!texts.TryGetValue(file, out var text))
        {
            return SourcePosition.StartOf(file);
        }

        var found = Targets(href).Select(target => LinkOffsets(text, target).ToList()).FirstOrDefault(offsets => offsets.Count > 0);
        return found is null ? SourcePosition.StartOf(file) : At(file, text, found[Math.Min(occurrence, found.Count - 1)]);
    }

    /// <summary>The ATX heading (<c>## Title</c>) of the given level whose text matches <paramref name="headingText"/>, or null.</summary>
    public SourcePosition? Heading(string file, int level, string headingText)
    {
        if (!texts.TryGetValue(file, out var text))
        {
            return null;
        }

        var wanted = Letters(headingText);
        var offset = 0;
        foreach (var line in text.Split('\n'))
        {
            var hashes = line.TakeWhile(c => c == '#').Count();
            if (hashes == level && line.Length > hashes && char.IsWhiteSpace(line[hashes]) && Letters(line[hashes..]) == wanted)
            {
                return At(file, text, offset);
            }

            offset += line.Length + 1;
        }

        return null;
    }

    /// <summary>The href as written in the output, and as written in content (without the base path, unescaped).</summary>
    IEnumerable<string> Targets(string href)
    {
        yield return href;
        var unescaped = Uri.UnescapeDataString(href);
        if (unescaped != href)
        {
            yield return unescaped;
        }

        if (basePath != "/" && href.StartsWith(basePath, StringComparison.Ordinal))
        {
            yield return "/" + href[basePath.Length..];
            yield return "/" + unescaped[basePath.Length..];
        }
    }

    /// <summary>Offsets of <c>](target</c>, <c>]: target</c> and <c>&lt;target&gt;</c> where the target ends the URL.</summary>
    static IEnumerable<int> LinkOffsets(string text, string target)
    {
        for (var at = text.IndexOf(target, StringComparison.Ordinal); at >= 0; at = text.IndexOf(target, at + 1, StringComparison.Ordinal))
        {
            var end = at + target.Length;
            var after = end < text.Length ? text[end] : '\n';
            var opens = at >= 2 && text[at - 2] == ']' && text[at - 1] == '('
                || at >= 3 && text[at - 3] == ']' && text[at - 2] == ':' && text[at - 1] == ' '
                || at >= 1 && text[at - 1] == '<';
            if (opens && (after is ')' or '>' or ' ' or '\n' or '\t'))
            {
                yield return at;
            }
        }
    }

    static string Letters(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    static SourcePosition At(string file, string text, int offset)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0)
        {
            lineStart = 0;
        }

        var line = 1 + text.AsSpan(0, lineStart).Count('\n');
        return new SourcePosition(file, line, offset - lineStart + 1);
    }
}
