using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Portfolio.Content.Schema;
using Portfolio.Content.Yaml;

namespace Portfolio.Schema;

/// <summary>
/// Reads the names a new case may refer to straight from a content folder: theme and technique slugs
/// from <c>data/taxonomies.yml</c>, guide step slugs from the file names in <c>guide/</c>. Anything it
/// cannot read is left out; the scaffold then describes the field without listing names.
/// </summary>
public static partial class ContentSlugs
{
    [GeneratedRegex("^[0-9]{2}-(?<slug>[a-z0-9]+(-[a-z0-9]+)*)\\.md$")]
    private static partial Regex GuideFileName();

    public static KnownSlugs Read(string contentDir)
    {
        var names = ImmutableDictionary.CreateBuilder<SlugTarget, ImmutableSortedSet<string>>();
        var taxonomies = Path.Combine(contentDir, "data", "taxonomies.yml");
        if (FileSystem.BoundedFile.Read(taxonomies, Content.ContentLimits.MaxFileBytes).Bytes is { } bytes
            && YamlReader.Read(System.Text.Encoding.UTF8.GetString(bytes), taxonomies).Root is YamlMapping mapping)
        {
            names[SlugTarget.Theme] = Slugs(mapping, "themes");
            names[SlugTarget.Technique] = Slugs(mapping, "techniques");
        }

        var guide = Path.Combine(contentDir, "guide");
        if (Directory.Exists(guide))
        {
            names[SlugTarget.GuideStep] = Directory.EnumerateFiles(guide, "*.md")
                .Select(path => GuideFileName().Match(Path.GetFileName(path)))
                .Where(m => m.Success)
                .Select(m => m.Groups["slug"].Value)
                .ToImmutableSortedSet(StringComparer.Ordinal);
        }

        return new KnownSlugs(names.ToImmutable());
    }

    static ImmutableSortedSet<string> Slugs(YamlMapping taxonomies, string list) =>
        taxonomies[list] is YamlSequence sequence
            ? sequence.Items.OfType<YamlMapping>().Select(m => m["slug"]).OfType<YamlScalar>().Select(s => s.Value).ToImmutableSortedSet(StringComparer.Ordinal)
            : [];
}
