using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Portfolio.Diagnostics;

namespace Portfolio.Content;

/// <summary>
/// Stage 1, discover: finds the content and theme files, reads and decodes them.
/// Content lives in <c>cases/</c>, <c>guide/</c>, <c>pages/</c> (Markdown) and <c>data/</c> (YAML).
/// Only regular files inside the two folders are read (see <see cref="SourceRoot"/>), within the size limits,
/// and text must be UTF-8 without control characters or noncharacters.
/// </summary>
/// <remarks>The preview passes a <see cref="SourceFileCache"/>: content files whose identity is unchanged are not read again.</remarks>
public sealed partial class Discoverer(PathDisplay display, SourceFileCache? cache = null)
{
    readonly List<string> seen = [];

    static readonly (string Folder, string Extension, ContentKind Kind)[] Folders =
    [
        ("cases", ".md", ContentKind.Case),
        ("guide", ".md", ContentKind.GuideStep),
        ("pages", ".md", ContentKind.Page),
        ("data", ".yml", ContentKind.Data),
    ];

    public (SourceSet Sources, ImmutableArray<Diagnostic> Diagnostics) Discover(string contentDir, string themeDir)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var content = ImmutableArray.CreateBuilder<SourceFile>();
        if (!Directory.Exists(contentDir))
        {
            diagnostics.Add(Diagnostic.Error(Codes.MissingContent, SourceRange.StartOf(display.Of(contentDir)),
                "the content folder does not exist", "run from the repository root or pass --content DIR"));
        }
        else
        {
            var root = new SourceRoot(contentDir, display, diagnostics);
            foreach (var (folder, extension, kind) in Folders)
            {
                ReadFolder(root, Path.Combine(contentDir, folder), extension, kind, content, diagnostics);
            }

            cache?.Retain(seen);
        }

        var theme = ImmutableArray.CreateBuilder<ThemeFile>();
        if (!Directory.Exists(themeDir))
        {
            diagnostics.Add(Diagnostic.Error(Codes.MissingContent, SourceRange.StartOf(display.Of(themeDir)),
                "the theme folder does not exist", "pass --theme DIR, or run from the repository root"));
        }
        else
        {
            ReadTheme(new SourceRoot(themeDir, display, diagnostics), themeDir, "", theme, diagnostics);
        }

        return (new SourceSet(content.ToImmutable(), [.. theme.OrderBy(f => f.RelativePath, StringComparer.Ordinal)]), diagnostics.ToImmutable());
    }

    void ReadFolder(SourceRoot root, string dir, string extension, ContentKind kind,
        ImmutableArray<SourceFile>.Builder files, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (!Directory.Exists(dir))
        {
            return;
        }

        var otherExtension = kind == ContentKind.Data ? ".yaml" : ".markdown";
        foreach (var entry in root.List(dir))
        {
            var shown = display.Of(entry.Path);
            if (entry.IsFolder)
            {
                diagnostics.Add(Diagnostic.Warning(Codes.UnexpectedFile, SourceRange.StartOf(shown),
                    $"the folder '{entry.Name}' is ignored: files inside it are not part of the site",
                    $"move its '{extension}' files directly into {display.Of(dir)}/"));
                continue;
            }

            if (!entry.Name.EndsWith(extension, StringComparison.Ordinal))
            {
                var hint = entry.Name.EndsWith(otherExtension, StringComparison.OrdinalIgnoreCase)
                    ? $"rename it to end in '{extension}'"
                    : $"only '{extension}' files belong in this folder; move or delete it";
                diagnostics.Add(Diagnostic.Warning(Codes.UnexpectedFile, SourceRange.StartOf(shown),
                    $"'{entry.Name}' is not a '{extension}' file and is ignored", hint));
                continue;
            }

            var identity = cache is null ? null : FileSystem.FileProbe.Identity(entry.RealPath);
            seen.Add(entry.RealPath);
            if (cache?.Find(entry.RealPath, identity) is { } known && known.Path == shown && known.Kind == kind)
            {
                files.Add(known);
                continue;
            }

            if (root.Read(entry, ContentLimits.MaxFileBytes) is not { } bytes || Decode(bytes, shown, diagnostics) is not { } text)
            {
                continue;
            }

            var (name, language) = NameAndLanguage(entry.Name[..^extension.Length]);
            var file = new SourceFile(shown, kind, name, text, Convert.ToHexStringLower(SHA256.HashData(bytes))) { Language = language };
            cache?.Keep(entry.RealPath, identity, file);
            files.Add(file);
        }
    }

    /// <summary>A translation's name ends in its language, <c>ia2.es</c>; an original's name has no dot.</summary>
    static (string Name, string? Language) NameAndLanguage(string name)
    {
        var match = TranslationName().Match(name);
        return match.Success ? (match.Groups["name"].Value, match.Groups["language"].Value) : (name, null);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(?<name>[^.]+)\\.(?<language>[a-z]{2,3}(-[a-z0-9]{2,8})?)$")]
    private static partial System.Text.RegularExpressions.Regex TranslationName();

    void ReadTheme(SourceRoot root, string dir, string prefix, ImmutableArray<ThemeFile>.Builder files, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        foreach (var entry in root.List(dir))
        {
            var relative = prefix + entry.Name;
            var shown = display.Of(entry.Path);
            if (entry.IsFolder && entry.IsLink)
            {
                diagnostics.Add(Diagnostic.Warning(Codes.UnexpectedFile, SourceRange.StartOf(shown),
                    $"the folder '{entry.Name}' is a symbolic link and is not followed", "put the files themselves in the theme"));
            }
            else if (entry.IsFolder)
            {
                ReadTheme(root, entry.Path, relative + "/", files, diagnostics);
            }
            else if (root.Read(entry, ContentLimits.MaxThemeFileBytes) is { } bytes
                && (!ThemeFile.IsText(relative) || Decode(bytes, shown, diagnostics) is not null))
            {
                files.Add(new ThemeFile(relative, shown, bytes));
            }
        }
    }

    /// <summary>The file's text (BOM removed, line ends made LF), or null when it is not UTF-8 or holds a refused character (reported).</summary>
    static string? Decode(byte[] bytes, string shown, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var badOffset = FirstInvalidUtf8Offset(bytes);
        if (badOffset >= 0)
        {
            var (line, column) = LineAndColumn(bytes, badOffset);
            diagnostics.Add(Diagnostic.Error(Codes.InvalidUtf8, new SourceRange(shown, line, column),
                $"the file is not valid UTF-8 (bad byte at offset {badOffset})", "save the file as UTF-8 in your editor"));
            return null;
        }

        var text = TextRules.Decode(bytes);
        var refused = TextRules.FirstRefused(text);
        if (refused >= 0)
        {
            var (line, column) = TextRules.LineAndColumn(text, refused);
            diagnostics.Add(Diagnostic.Error(Codes.ControlCharacter, new SourceRange(shown, line, column),
                $"the file holds {TextRules.Describe(text, refused)}, which most editors do not show",
                "delete the character (retype the text around this position); it would corrupt the HTML, CSV and XML the site publishes"));
            return null;
        }

        return text;
    }

    static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    static (int Line, int Column) LineAndColumn(byte[] bytes, int offset)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
