namespace Portfolio.Content.Schema;

/// <summary>
/// A value of a closed vocabulary (<see cref="EnumType"/>), such as the level <c>group</c>: bound once from the
/// YAML, then passed around typed. Its words live in the theme's language files under <see cref="LabelKey"/>.
/// </summary>
public sealed record Choice(string Vocabulary, string Slug)
{
    /// <summary>The key of its label in the theme's language files, e.g. <c>level.group</c>.</summary>
    public string LabelKey => $"{Vocabulary}.{Slug}";

    public override string ToString() => Slug;
}
