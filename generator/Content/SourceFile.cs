namespace Portfolio.Content;

/// <summary>
/// One content file as read from disk: its display path (relative, forward slashes), kind, the name
/// without extension, the decoded text (BOM removed, line endings normalised to LF) and a content hash.
/// </summary>
public sealed record SourceFile(string Path, ContentKind Kind, string Name, string Text, string Hash);
