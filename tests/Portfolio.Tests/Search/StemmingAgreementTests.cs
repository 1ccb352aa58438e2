using Portfolio.Search;
using Portfolio.Tests.Shared;

namespace Portfolio.Tests.Search;

/// <summary>
/// The index (C#) and the browser (JS) must bring every word to the same term (one spelling, its stem,
/// folded), or a query misses what the page says. Both stemmers are generated from the same Snowball
/// sources; these tests check that they came out alike, and that both give the stems Snowball itself expects.
/// The word lists are described in Stemming/README.md.
/// </summary>
public sealed class StemmingAgreementTests : IDisposable
{
    static readonly string Lists = Path.Combine(TestFolders.RepositoryRoot, "tests", "Portfolio.Tests", "Search", "Stemming");

    /// <summary>Both spellings of the words the spelling table is for, and words it must leave alone.</summary>
    static readonly string[] EnglishSpellings =
    [
        "anonymisation", "anonymization", "anonymise", "anonymised", "anonymising", "organisation", "organisations",
        "organizational", "organisational", "programme", "programmes", "program", "programmer", "behaviour", "behavioural",
        "behavior", "centre", "centres", "centred", "center", "centered", "licence", "licensed", "defence", "catalogue",
        "dialogues", "analyse", "analysed", "analyzing", "analyses", "analysis", "judgement", "neighbourhoods", "colour",
        "practise", "practice", "prioritise", "prioritization", "digitisation", "promise", "promises", "exercise",
        "enterprise", "prise", "prize", "crises", "noise", "rising", "otherwise", "ageing", "grey", "fulfil", "fulfilment",
    ];

    readonly string folder = Path.Combine(Path.GetTempPath(), "portfolio-stems-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static TheoryData<string> Languages => new() { "en", "es", "pt" };

    [SkippableTheory]
    [MemberData(nameof(Languages))]
    public void Csharp_and_javascript_bring_every_word_to_the_same_term(string language)
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);
        var words = Words(language);
        Assert.True(words.Count >= 300, $"only {words.Count} {language} words to compare");

        var answers = NodeEngine.Run(new { mode = "forms", manifest = Manifest(language), words }).AsArray();

        var forms = new WordForms(language);
        var differences = words.Select((word, i) => (Word: word, Csharp: forms.Of(word), Javascript: answers[i]!))
            .Where(x => x.Csharp.Surface != (string)x.Javascript["surface"]! || x.Csharp.Term != (string)x.Javascript["term"]!)
            .Select(x => $"{x.Word}: C# {x.Csharp.Surface}/{x.Csharp.Term}, JS {x.Javascript["surface"]}/{x.Javascript["term"]}")
            .ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} of {words.Count} {language} words differ:\n" + string.Join('\n', differences.Take(30)));
    }

    [SkippableTheory]
    [MemberData(nameof(Languages))]
    public void Both_stemmers_give_the_stems_snowball_expects(string language)
    {
        Skip.If(NodeEngine.Unavailable is not null, NodeEngine.Unavailable);
        var algorithm = SnowballAlgorithms.For(language)!;
        var expected = File.ReadAllLines(Path.Combine(Lists, $"snowball-{language}.tsv")).Select(line => line.Split('\t')).ToList();

        var javascript = NodeEngine.Run(new { mode = "stem", algorithm, words = expected.Select(e => e[0]) }).AsArray();

        for (var i = 0; i < expected.Count; i++)
        {
            var (word, stem) = (expected[i][0], expected[i][1]);
            Assert.Equal((word, stem), (word, SnowballAlgorithms.Create(algorithm).Stem(word)));
            Assert.Equal((word, stem), (word, (string)javascript[i]!));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_term_starts_with_the_first_letter_of_its_word(string language)
    {
        // The client relies on it to stem only the words of a page that could match (search-engine.js, wordHits).
        var forms = new WordForms(language);

        var changed = Words(language).Where(w => forms.Term(w)[0] != w[0]).Select(w => $"{w}: {forms.Term(w)}").ToList();

        Assert.True(changed.Count == 0, string.Join(", ", changed.Take(20)));
    }

    /// <summary>
    /// The folded words of a language: the site's content in that language, the lists in Stemming/ and, for
    /// English, the spellings the table is for. Distinct, in order.
    /// </summary>
    static List<string> Words(string language)
    {
        var texts = new List<string>(ContentTexts(language));
        texts.AddRange(File.ReadAllLines(Path.Combine(Lists, $"snowball-{language}.tsv")).Select(line => line.Split('\t')[0]));
        var site = Path.Combine(Lists, $"site-{language}.txt");
        if (File.Exists(site))
        {
            texts.AddRange(File.ReadAllLines(site));
        }

        if (language == "en")
        {
            texts.AddRange(EnglishSpellings);
        }

        return [.. texts.SelectMany(t => SearchText.Words(SearchText.Fold(t))).Where(w => w.Length >= Tokenizer.MinTermLength)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The text of content/**/*.md in a language: <c>x.es.md</c> is Spanish, <c>x.pt.md</c> Portuguese, <c>x.md</c> English.</summary>
    static IEnumerable<string> ContentTexts(string language)
    {
        var content = Path.Combine(TestFolders.RepositoryRoot, "content");
        return Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories)
            .Where(file => LanguageOf(file) == language)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText);
    }

    static string LanguageOf(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var dot = name.LastIndexOf('.');
        return dot < 0 ? "en" : name[(dot + 1)..];
    }

    /// <summary>An empty index of the language, written to disk, so the client reads the real manifest (its stemmer and spelling rules).</summary>
    string Manifest(string language)
    {
        var files = new SearchIndexFiles(group => group).Write(InvertedIndex.Build(language, []));
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }

        return Path.Combine(folder, SearchIndexFiles.ManifestPath(language));
    }
}
