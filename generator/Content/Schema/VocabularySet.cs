using System.Collections.Immutable;

namespace Portfolio.Content.Schema;

/// <summary>
/// The names that slug fields may refer to, gathered from the whole content set before validation.
/// A vocabulary that could not be read (its file is broken) is absent, and references to it are not checked.
/// </summary>
public sealed record VocabularySet(ImmutableDictionary<Vocabulary, ImmutableSortedSet<string>> Names)
{
    public static VocabularySet Empty { get; } = new(ImmutableDictionary<Vocabulary, ImmutableSortedSet<string>>.Empty);

    public bool TryGet(Vocabulary vocabulary, out ImmutableSortedSet<string> names) =>
        Names.TryGetValue(vocabulary, out names!);
}
