namespace Portfolio.Content;

/// <summary>Turns absolute paths into the short, forward-slash paths shown in diagnostics.</summary>
public sealed class PathDisplay(string baseDirectory)
{
    public string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(baseDirectory, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
