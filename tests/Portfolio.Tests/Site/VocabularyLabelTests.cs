using Portfolio.Content;
using Portfolio.Content.Schema;
using Portfolio.Rendering;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Site;

/// <summary>Every value of every vocabulary readers see has its label in every language file of the theme.</summary>
public sealed class VocabularyLabelTests
{
    static Theme RealTheme()
    {
        var root = FixtureSite.RepositoryRoot;
        var (sources, _) = new Discoverer(new PathDisplay(root)).Discover(Path.Combine(root, "content"), Path.Combine(root, "themes", "default"));
        return Theme.Load(sources.Theme).Theme;
    }

    [Fact]
    public void Every_language_file_has_every_key_of_the_english_one_and_no_other()
    {
        var theme = RealTheme();
        var english = theme.Texts["en"];
        Assert.True(theme.Texts.Count >= 3, "the theme should have its English, Spanish and Portuguese words");

        var problems = theme.Texts.Where(language => language.Key != "en").SelectMany(language =>
            english.Keys.Where(key => !language.Value.ContainsKey(key)).Select(key => $"{language.Key}: missing {key}")
                .Concat(language.Value.Keys.Where(key => !english.ContainsKey(key)).Select(key => $"{language.Key}: {key} is not in en.yml")))
            .ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Every_vocabulary_value_has_a_label_in_every_language_file()
    {
        var theme = RealTheme();
        Assert.NotEmpty(theme.Texts);

        var missing = theme.Texts
            .SelectMany(language => Vocabularies.LabelSets
                .SelectMany(set => set.Vocabulary.Values.Select(value => $"{set.Prefix}.{value}"))
                .Where(key => !language.Value.ContainsKey(key))
                .Select(key => $"{language.Key}: {key}"))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_facet_has_a_label_in_every_language_file()
    {
        var theme = RealTheme();
        var missing = theme.Texts
            .SelectMany(language => Portfolio.Search.FacetGroups.Ordered.Select(f => "facet." + f)
                .Where(key => !language.Value.ContainsKey(key)).Select(key => $"{language.Key}: {key}"))
            .ToList();

        Assert.Empty(missing);
    }
}
