using System.Collections.Immutable;

namespace Portfolio.Content.Schema;

/// <summary>
/// The names that slug fields may refer to, gathered from the whole content set before validation.
/// A vocabulary that could not be read (its file is broken) is absent, and references to it are not checked.
/// </summary>
public sealed record KnownSlugs(ImmutableDictionary<SlugTarget, ImmutableSortedSet<string>> Names)
{
    public static KnownSlugs Empty { get; } = new(ImmutableDictionary<SlugTarget, ImmutableSortedSet<string>>.Empty);

    public bool TryGet(SlugTarget vocabulary, out ImmutableSortedSet<string> names) =>
        Names.TryGetValue(vocabulary, out names!);
}
