using Portfolio.Search;

namespace Portfolio.Tests.Search;

public sealed class TokenizerTests
{
    [Fact]
    public void English_stop_words_are_dropped_but_content_words_kept()
    {
        var terms = new Tokenizer("en").Terms("The tool and the data of the court");

        Assert.Equal(["tool", "data", "court"], terms);
    }

    [Fact]
    public void Terms_are_stems_in_the_document_language()
    {
        Assert.Equal(["court", "rule", "anonym", "anonym"], new Tokenizer("en").Terms("courts' rulings anonymised, anonymization"));
        Assert.Equal(["anonimiz", "sentenci", "tribunal"], new Tokenizer("es").Terms("la anonimización de sentencias del tribunal"));
        Assert.Equal(["inform", "inform", "public"], new Tokenizer("pt").Terms("informação, informações públicas"));
    }

    [Fact]
    public void Each_token_keeps_its_surface_form_for_typo_tolerance()
    {
        var tokens = new Tokenizer("en").Tokens("Organisations behaviour").ToList();

        Assert.Equal([new WordForm("organizations", "organiz"), new WordForm("behavior", "behavior")], tokens);
    }

    [Fact]
    public void Stop_words_follow_the_document_language()
    {
        Assert.Equal(["dat", "salud"], new Tokenizer("es").Terms("los datos de la salud"));
        Assert.Equal(["dad", "saud"], new Tokenizer("pt-BR").Terms("os dados da saúde"));
        // "un" and "con" are Spanish function words, but in English text the UN is a partner.
        Assert.Equal(["un", "habitat", "unhabitat", "con"], new Tokenizer("en").Terms("UN-Habitat con"));
    }

    [Fact]
    public void Hyphenated_compounds_are_indexed_as_parts_and_joined()
    {
        Assert.Equal(["co", "design", "codesign", "phase"], new Tokenizer("en").Terms("co-design phase"));
    }

    [Fact]
    public void Single_letters_are_not_terms()
    {
        Assert.Equal(["vitamin"], new Tokenizer("en").Terms("vitamin D x"));
    }

    [Fact]
    public void A_language_without_a_list_keeps_every_word()
    {
        Assert.Equal(["the", "tool"], new Tokenizer("fr").Terms("the tool"));
    }
}
