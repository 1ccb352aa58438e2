using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Portfolio.Diagnostics;

namespace Portfolio.Content;

/// <summary>
/// Stage 1, discover: finds the content and theme files, reads and decodes them.
/// Content lives in <c>cases/</c>, <c>guide/</c>, <c>pages/</c> (Markdown) and <c>data/</c> (YAML).
/// </summary>
public sealed class Discoverer(PathDisplay display)
{
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
            diagnostics.Add(Diagnostic.Error(Codes.MissingContent, SourcePosition.StartOf(display.Of(contentDir)),
                "the content folder does not exist", "run from the repository root or pass --content DIR"));
        }
        else
        {
            foreach (var (folder, extension, kind) in Folders)
            {
                ReadFolder(Path.Combine(contentDir, folder), extension, kind, content, diagnostics);
            }
        }

        var theme = ReadTheme(themeDir, diagnostics);
        return (new SourceSet(content.ToImmutable(), theme), diagnostics.ToImmutable());
    }

    void ReadFolder(string dir, string extension, ContentKind kind,
        ImmutableArray<SourceFile>.Builder files, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (!Directory.Exists(dir))
        {
            return;
        }

        foreach (var sub in Directory.EnumerateDirectories(dir).Order(StringComparer.Ordinal).Where(d => !Path.GetFileName(d).StartsWith('.')))
        {
            diagnostics.Add(Diagnostic.Warning(Codes.UnexpectedFile, SourcePosition.StartOf(display.Of(sub)),
                $"the folder '{Path.GetFileName(sub)}' is ignored: files inside it are not part of the site",
                $"move its '{extension}' files directly into {display.Of(dir)}/"));
        }

        foreach (var path in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.'))
            {
                continue;
            }

            var shown = display.Of(path);
            var otherExtension = kind == ContentKind.Data ? ".yaml" : ".markdown";
            if (!name.EndsWith(extension, StringComparison.Ordinal))
            {
                var hint = name.EndsWith(otherExtension, StringComparison.OrdinalIgnoreCase)
                    ? $"rename it to end in '{extension}'"
                    : $"only '{extension}' files belong in this folder; move or delete it";
                diagnostics.Add(Diagnostic.Warning(Codes.UnexpectedFile, SourcePosition.StartOf(shown),
                    $"'{name}' is not a '{extension}' file and is ignored", hint));
                continue;
            }

            var file = Read(path, shown, kind, Path.GetFileNameWithoutExtension(name), diagnostics);
            if (file is not null)
            {
                files.Add(file);
            }
        }
    }

    static SourceFile? Read(string path, string shown, ContentKind kind, string name, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var length = new FileInfo(path).Length;
        if (length > ContentLimits.MaxFileBytes)
        {
            diagnostics.Add(Diagnostic.Error(Codes.FileTooLarge, SourcePosition.StartOf(shown),
                $"the file is {length:N0} bytes; the limit is {ContentLimits.MaxFileBytes:N0} bytes",
                "split the text or move large data out of the content folder"));
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        if (!TryDecode(bytes, out var text, out var badOffset))
        {
            var (line, column) = LineAndColumn(bytes, badOffset);
            diagnostics.Add(Diagnostic.Error(Codes.InvalidUtf8, new SourcePosition(shown, line, column),
                $"the file is not valid UTF-8 (bad byte at offset {badOffset})",
                "save the file as UTF-8 in your editor"));
            return null;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new SourceFile(shown, kind, name, text, hash);
    }

    static bool TryDecode(byte[] bytes, out string text, out int badOffset)
    {
        badOffset = FirstInvalidUtf8Offset(bytes);
        text = badOffset < 0 ? Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').ReplaceLineEndings("\n") : "";
        return badOffset < 0;
    }

    static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
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

    ImmutableArray<ThemeFile> ReadTheme(string themeDir, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (!Directory.Exists(themeDir))
        {
            diagnostics.Add(Diagnostic.Error(Codes.MissingContent, SourcePosition.StartOf(display.Of(themeDir)),
                "the theme folder does not exist", "pass --theme DIR, or run from the repository root"));
            return [];
        }

        return [.. Directory.EnumerateFiles(themeDir, "*", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: Path.GetRelativePath(themeDir, path).Replace('\\', '/')))
            .Where(f => !f.Relative.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => new ThemeFile(f.Relative, display.Of(f.Path), File.ReadAllBytes(f.Path)))];
    }
}
