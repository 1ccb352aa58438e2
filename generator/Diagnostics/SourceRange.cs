namespace Portfolio.Diagnostics;

/// <summary>
/// Where a problem was written: a path relative to the site root and a 1-based start line and column, with the
/// line and column where it ends (the same as the start when only a point is known). Printed as
/// <c>file:line:column</c>; GitHub annotations also carry the end.
/// </summary>
public readonly record struct SourceRange(string File, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A span that is only a point.</summary>
    public SourceRange(string file, int line, int column)
        : this(file, line, column, line, column)
    {
    }

    /// <summary>A span that names only a file.</summary>
    public static SourceRange StartOf(string file) => new(file, 1, 1);

    /// <summary>No place in a file: a problem with the command line or the machine, printed as <c>portfolio: error …</c>.</summary>
    public static SourceRange None { get; } = new("portfolio", 0, 0);

    public bool IsInFile => Line > 0;

    public override string ToString() => IsInFile ? $"{File}:{Line}:{Column}" : File;
}
