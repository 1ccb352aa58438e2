using System.Collections.Immutable;

namespace Portfolio.Content;

/// <summary>The result of discovery: every content file and every theme file, in a stable order.</summary>
public sealed record SourceSet(ImmutableArray<SourceFile> Content, ImmutableArray<ThemeFile> Theme);
