namespace Portfolio.Content;

/// <summary>
/// One content file as read from disk: its display path (relative, forward slashes), kind, the name
/// without extension, the decoded text (BOM removed, line endings normalised to LF) and a content hash.
/// A translation (<c>ia2.es.md</c>) has the name of its original (<c>ia2</c>) and a <see cref="Language"/>.
/// </summary>
public sealed record SourceFile(string Path, ContentKind Kind, string Name, string Text, string Hash)
{
    /// <summary>The language of a translation file; null for an original.</summary>
    public string? Language { get; init; }

    public bool IsTranslation => Language is not null;
}
