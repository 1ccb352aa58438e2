namespace Portfolio.Diagnostics;

/// <summary>A position in a source file: a path relative to the site root, a 1-based line and column.</summary>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    /// <summary>A position that names only a file.</summary>
    public static SourcePosition StartOf(string file) => new(file, 1, 1);

    /// <summary>No place in a file: a problem with the command line or the machine, printed as <c>portfolio: error …</c>.</summary>
    public static SourcePosition None { get; } = new("portfolio", 0, 0);

    public bool IsInFile => Line > 0;

    public override string ToString() => IsInFile ? $"{File}:{Line}:{Column}" : File;
}
