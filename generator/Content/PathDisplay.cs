namespace Portfolio.Content;

/// <summary>
/// Turns paths into the short, forward-slash paths shown in diagnostics: relative to the site root (the folder
/// holding <c>content/</c>), or to the folder holding the theme when the theme lives elsewhere, so no message
/// shows where the site sits on the machine.
/// </summary>
public sealed class PathDisplay(string baseDirectory, string? otherBase = null)
{
    public string Of(string path)
    {
        var full = Path.GetFullPath(path);
        foreach (var root in otherBase is null ? [baseDirectory] : new[] { baseDirectory, otherBase })
        {
            var relative = Path.GetRelativePath(root, full);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                return relative.Replace('\\', '/');
            }
        }

        return full.Replace('\\', '/');
    }

    /// <summary>The same for a site laid out as content and theme folders: the content's parent, then the theme's.</summary>
    public static PathDisplay For(string contentDir, string themeDir) =>
        new(Parent(contentDir), Parent(themeDir));

    static string Parent(string dir) => Path.GetDirectoryName(Path.GetFullPath(dir)) ?? Directory.GetCurrentDirectory();
}
