using System.Collections.Immutable;
using Portfolio.Diagnostics;
using Portfolio.FileSystem;

namespace Portfolio.Content;

/// <summary>
/// One folder the build reads from (the content or the theme folder). It lists entries without following
/// links out of the folder and reads only regular files whose real path lies inside it: a link that leaves
/// the folder, leads nowhere or loops, a FIFO, a device or a socket is reported, never opened, and no file is
/// read past the size limit.
/// </summary>
public sealed class SourceRoot
{
    readonly PathDisplay display;
    readonly ImmutableArray<Diagnostic>.Builder diagnostics;

    public SourceRoot(string path, PathDisplay display, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        this.display = display;
        this.diagnostics = diagnostics;
        Path = path;
        RealPath = FileProbe.RealPath(path, out _) ?? System.IO.Path.GetFullPath(path);
    }

    public string Path { get; }

    /// <summary>The folder with every symbolic link resolved; files must lie inside it.</summary>
    public string RealPath { get; }

    /// <summary>An entry of a folder, classified: a folder to descend into, or a file that may be read.</summary>
    /// <remarks><see cref="IsLink"/> marks an entry reached through a symbolic link; folders reached that way are not descended into.</remarks>
    public sealed record Entry(string Path, string Name, bool IsFolder, string RealPath, bool IsLink);

    /// <summary>
    /// The entries of <paramref name="folder"/> in ordinal order, hidden ones left out. Links are resolved; an
    /// entry that must not be read is reported and left out.
    /// </summary>
    public IReadOnlyList<Entry> List(string folder)
    {
        var realFolder = FileProbe.RealPath(folder, out _);
        if (realFolder is null || !FileProbe.IsInside(realFolder, RealPath))
        {
            Report(Codes.LinkOutside, folder, $"the folder leads outside {display.Of(Path)}/ through a symbolic link, so it is not read",
                $"put the files themselves in {display.Of(Path)}/");
            return [];
        }

        List<string> names;
        try
        {
            names = Directory.EnumerateFileSystemEntries(folder).Select(System.IO.Path.GetFileName).OfType<string>()
                .Where(name => !name.StartsWith('.')).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(Codes.Unreadable, folder, "the folder cannot be read", "check its permissions");
            return [];
        }

        return [.. names.Select(name => Classify(System.IO.Path.Combine(folder, name)) is { } entry ? entry with { Name = name } : null).OfType<Entry>()];
    }

    Entry? Classify(string path)
    {
        var kind = FileProbe.KindOf(path);
        var real = path;
        if (kind == FileKind.SymbolicLink)
        {
            var resolved = FileProbe.RealPath(path, out var error);
            if (resolved is null)
            {
                Report(Codes.LinkOutside, path, error == FileProbe.TooManyLinks
                    ? "the symbolic link goes round in a loop"
                    : "the symbolic link points to nothing (its target does not exist)",
                    "replace the link with the file itself, or delete it");
                return null;
            }

            if (!FileProbe.IsInside(resolved, RealPath))
            {
                Report(Codes.LinkOutside, path, $"the symbolic link leads outside {display.Of(Path)}/, so it is not read",
                    $"copy the file into {display.Of(Path)}/ instead of linking to it");
                return null;
            }

            real = resolved;
            kind = FileProbe.KindOf(resolved, followLinks: true);
        }

        switch (kind)
        {
            case FileKind.Regular:
                return new Entry(path, "", false, real, real != path);
            case FileKind.Directory:
                return new Entry(path, "", true, real, real != path);
            case FileKind.Missing:
                Report(Codes.SourceUnreadable, path, "the file vanished while the folder was being read", "save the file again");
                return null;
            case FileKind.Unknown:
                Report(Codes.Unreadable, path, "the file's type cannot be read", "check its permissions");
                return null;
            default:
                Report(Codes.NotRegularFile, path, $"this is {Describe(kind)}, not a file, so it is not read",
                    "content and theme folders hold only ordinary files; remove it");
                return null;
        }
    }

    /// <summary>The bytes of a file entry, or null when it cannot be read or is over the size limit (reported).</summary>
    public byte[]? Read(Entry file, int limit)
    {
        var result = BoundedFile.Read(file.RealPath, limit);
        switch (result.Failure)
        {
            case ReadFailure.None:
                return result.Bytes;
            case ReadFailure.TooLarge:
                Report(Codes.FileTooLarge, file.Path, $"the file is larger than the limit of {limit:N0} bytes",
                    "split the text or move large data out of the content folder");
                return null;
            case ReadFailure.NotRegular:
                Report(Codes.NotRegularFile, file.Path, "this is not an ordinary file, so it is not read", "remove it");
                return null;
            default:
                Report(Codes.Unreadable, file.Path, $"the file cannot be read: {result.Reason}", "check the file's permissions, then build again");
                return null;
        }
    }

    void Report(DiagnosticCode code, string path, string message, string hint) =>
        diagnostics.Add(Diagnostic.Error(code, SourceRange.StartOf(display.Of(path)), message, hint));

    static string Describe(FileKind kind) => kind switch
    {
        FileKind.Pipe => "a named pipe (FIFO)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice or FileKind.BlockDevice => "a device",
        _ => "not an ordinary file",
    };
}
