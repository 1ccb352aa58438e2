using Portfolio.Search;

namespace Portfolio.Tests.Search;

/// <summary>
/// Either spelling finds the other: the index and the query both bring a word to one spelling before stemming.
/// The browser applies the same rules from the manifest; StemmingAgreementTests compares both sides on these words.
/// </summary>
public sealed class SpellingVariantsTests
{
    static readonly WordForms English = new("en");

    [Theory]
    [InlineData("anonymisation", "anonymization")]
    [InlineData("anonymised", "anonymized")]
    [InlineData("organisation", "organization")]
    [InlineData("organisational", "organizational")]
    [InlineData("programme", "program")]
    [InlineData("programmes", "programs")]
    [InlineData("behaviour", "behavior")]
    [InlineData("behavioural", "behavioral")]
    [InlineData("centre", "center")]
    [InlineData("centres", "centers")]
    [InlineData("centred", "centered")]
    [InlineData("licence", "license")]
    [InlineData("defence", "defense")]
    [InlineData("analyse", "analyze")]
    [InlineData("analysing", "analyzing")]
    [InlineData("catalogue", "catalog")]
    [InlineData("judgement", "judgment")]
    [InlineData("neighbourhood", "neighborhood")]
    [InlineData("prioritise", "prioritize")]
    [InlineData("practise", "practice")]
    [InlineData("ageing", "aging")]
    [InlineData("fulfilment", "fulfillment")]
    public void British_and_american_spellings_meet(string british, string american)
    {
        Assert.Equal(English.Surface(american), English.Surface(british));
        Assert.Equal(English.Term(american), English.Term(british));
    }

    [Theory]
    [InlineData("prise", "prize")] // too short before the ending: a different word, not a spelling
    [InlineData("crises", "crizes")]
    [InlineData("analysis", "analyzis")] // -yse, not -ysis
    [InlineData("programmer", "programr")] // spelled alike in both, so "programme" is a whole-word rule
    public void Rules_leave_alone_what_is_not_a_spelling_variant(string word, string notThis) =>
        Assert.NotEqual(notThis, English.Surface(word));

    [Fact]
    public void Words_spelled_alike_in_both_keep_finding_each_other()
    {
        // -ise words that are -ise in American English too are rewritten on both sides, so they still meet.
        Assert.Equal(English.Term("promise"), English.Term("promises"));
        Assert.Equal(English.Term("exercise"), English.Term("exercising"));
        Assert.Equal(English.Term("program"), English.Term("programs"));
    }

    [Fact]
    public void Rules_are_tried_longest_first_and_a_whole_word_rule_wins()
    {
        var table = SpellingVariants.Of(words: [("practise", "practice")], beginnings: [("centre", "center"), ("centred", "centered")],
            endings: [("ise", "ize"), ("ised", "ized")]);

        Assert.Equal("centered", table.Apply("centred"));
        Assert.Equal("centers", table.Apply("centres"));
        Assert.Equal("organized", table.Apply("organised"));
        Assert.Equal("practice", table.Apply("practise"));
        Assert.Equal(["centred", "centre"], table.Beginnings.Select(r => r.From));
    }

    [Theory]
    [InlineData("informacao", "informação")]
    [InlineData("informacoes", "informação")]
    [InlineData("participacao", "participações")]
    [InlineData("ciencia", "ciência")]
    [InlineData("possivel", "possível")]
    [InlineData("responsaveis", "responsável")]
    [InlineData("cidadaos", "cidadão")]
    [InlineData("oficiais", "oficial")]
    [InlineData("municipais", "municipal")]
    [InlineData("ambientais", "ambiental")]
    public void Portuguese_words_typed_without_accents_stem_as_the_accented_ones(string typed, string written)
    {
        var portuguese = new WordForms("pt");

        Assert.Equal(portuguese.Term(SearchText.Fold(written)), portuguese.Term(typed));
    }

    [Theory]
    [InlineData("es", "anonimizacion", "anonimización")]
    [InlineData("es", "contrataciones", "contratación")]
    [InlineData("es", "publicos", "pública")]
    public void Spanish_needs_no_table_for_its_common_endings(string language, string typed, string written)
    {
        var forms = new WordForms(language);

        Assert.True(forms.Spellings.IsEmpty);
        Assert.Equal(forms.Term(SearchText.Fold(written)), forms.Term(typed));
    }

    [Theory]
    [InlineData("en", "anonymisations")]
    [InlineData("en", "programmes")]
    [InlineData("en", "centred")]
    [InlineData("pt", "informacoes")]
    [InlineData("es", "anonimizacion")]
    public void A_surface_form_leads_to_the_same_term_as_the_word(string language, string word)
    {
        // The client stems the words it finds in the neighbourhood, which are already surface forms.
        var forms = new WordForms(language);

        Assert.Equal(forms.Term(word), forms.Term(forms.Surface(word)));
    }

    [Fact]
    public void Languages_without_a_table_or_stemmer_keep_their_words()
    {
        var french = new WordForms("fr");

        Assert.Null(french.Algorithm);
        Assert.Equal(new WordForm("organisations", "organisations"), french.Of("organisations"));
    }
}
