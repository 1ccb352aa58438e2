using Portfolio.Diagnostics;
using Portfolio.FileSystem;

namespace Portfolio.Output;

/// <summary>
/// Decides whether a folder may be replaced by a build. A build replaces its output folder whole, so it only
/// ever replaces a folder it made itself (it leaves a <see cref="MarkerName"/> file in each), or an empty or
/// new one; never a folder of other files, the content or theme folder or one that holds them, a folder
/// inside them (the site would be read back as input), a repository, the home folder, the working folder or
/// the file system root.
/// </summary>
public static class OutputGuard
{
    /// <summary>The file that marks a folder as a site this generator built.</summary>
    public const string MarkerName = ".portfolio-output";

    public const string MarkerText = "This folder was made by 'portfolio build'. The next build replaces all of it.\n";

    /// <summary>Why <paramref name="outputDir"/> must not be replaced, as a PF9004 error, or null when it may be.</summary>
    public static Diagnostic? Check(string outputDir, string contentDir, string themeDir)
    {
        if (string.IsNullOrWhiteSpace(outputDir))
        {
            return Refuse(outputDir, "the output folder is empty text", "name the folder to build into, e.g. --output output");
        }

        var full = Path.GetFullPath(outputDir);
        var kind = FileProbe.KindOf(full);
        if (kind == FileKind.SymbolicLink)
        {
            return Refuse(outputDir, $"'{outputDir}' is a symbolic link; a build would replace the link, not the folder it points to",
                "pass the real folder with --output");
        }

        if (kind is not (FileKind.Missing or FileKind.Directory))
        {
            return Refuse(outputDir, $"'{outputDir}' is a file, not a folder", "choose a folder name with --output");
        }

        var real = RealPathOf(full);
        foreach (var (protectedPath, what) in Protected())
        {
            if (real == protectedPath || FileProbe.IsInside(protectedPath, real))
            {
                return Refuse(outputDir, $"'{outputDir}' is {what}{(real == protectedPath ? "" : ", or holds it")}; a build replaces its output folder whole",
                    "build into a folder of its own, e.g. --output output");
            }
        }

        foreach (var (source, what) in new[] { (contentDir, "content"), (themeDir, "theme") })
        {
            var sourceReal = RealPathOf(Path.GetFullPath(source));
            if (real == sourceReal || FileProbe.IsInside(sourceReal, real))
            {
                return Refuse(outputDir, $"'{outputDir}' is or holds the {what} folder '{source}'; a build replaces its output folder whole",
                    "build into a folder outside the content and theme folders, e.g. --output output");
            }

            if (FileProbe.IsInside(real, sourceReal))
            {
                return Refuse(outputDir, $"'{outputDir}' is inside the {what} folder '{source}'; the next build would read the site back as {what}",
                    "build into a folder outside the content and theme folders, e.g. --output output");
            }
        }

        if (kind == FileKind.Directory)
        {
            if (Directory.Exists(Path.Combine(full, ".git")) || File.Exists(Path.Combine(full, ".git")))
            {
                return Refuse(outputDir, $"'{outputDir}' is a git repository", "build into a folder of its own, e.g. --output output");
            }

            if (!IsMarked(full) && Directory.EnumerateFileSystemEntries(full).Any())
            {
                return Refuse(outputDir,
                    $"'{outputDir}' holds files this generator did not make (it has no {MarkerName} file), and a build replaces the whole folder",
                    $"choose a new or empty folder with --output; if you are sure nothing in '{outputDir}' is needed, delete it yourself first");
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="dir"/> carries the marker as an ordinary file.</summary>
    public static bool IsMarked(string dir) => FileProbe.KindOf(Path.Combine(dir, MarkerName)) == FileKind.Regular;

    static IEnumerable<(string Path, string What)> Protected()
    {
        yield return (Path.GetPathRoot(Path.GetFullPath("."))!, "the file system root");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0)
        {
            yield return (RealPathOf(home), "your home folder");
        }

        yield return (RealPathOf(Directory.GetCurrentDirectory()), "the folder you are working in");
    }

    /// <summary>The real path of <paramref name="full"/>, resolving links in the part that exists.</summary>
    static string RealPathOf(string full)
    {
        var existing = full;
        var rest = new Stack<string>();
        string? result;
        while ((result = FileProbe.RealPath(existing, out _)) is null)
        {
            if (Path.GetDirectoryName(existing) is not { } parent)
            {
                return full;
            }

            rest.Push(Path.GetFileName(existing));
            existing = parent;
        }

        while (rest.Count > 0)
        {
            result = Path.Combine(result, rest.Pop());
        }

        return result;
    }

    static Diagnostic Refuse(string outputDir, string message, string hint) =>
        Diagnostic.Error(Codes.OutputNotOurs, SourceRange.None, message, hint);
}
