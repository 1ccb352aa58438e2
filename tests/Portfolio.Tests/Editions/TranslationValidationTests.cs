using Portfolio.Diagnostics;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Editions;

/// <summary>A translation carries only language-specific text, in the original's shape, and says which version it follows.</summary>
public sealed class TranslationValidationTests : IDisposable
{
    readonly FixtureSite site = FixtureSite.OfRepositoryContent();

    public void Dispose() => site.Dispose();

    Diagnostic Single(DiagnosticCode code)
    {
        var result = site.Build();
        var found = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 1, $"expected one {code.Id}, got:\n{string.Join('\n', result.Diagnostics)}");
        return found[0];
    }

    void EditTranslation(Func<string, string> change)
    {
        var text = site.Read("content/cases/ia2.es.md");
        var changed = change(text);
        Assert.NotEqual(text, changed);
        site.Write("content/cases/ia2.es.md", changed);
    }

    [Fact]
    public void A_field_that_is_the_same_in_every_language_is_refused_in_a_translation_with_where_to_change_it()
    {
        EditTranslation(t => t.Replace("title: IA2\n", "title: IA2\ncountries: [AR]\n", StringComparison.Ordinal));
        var problem = Single(Codes.NeutralFieldInTranslation);
        Assert.True(problem.IsError);
        Assert.Equal(("content/cases/ia2.es.md", 4), (problem.Position.File, problem.Position.Line));
        Assert.Contains("content/cases/ia2.md", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_partners_that_does_not_match_the_originals_is_refused()
    {
        EditTranslation(t => t.Replace("  - name: Juzgado n.º 10 de la Ciudad de Buenos Aires\n", "  - name: Otro socio\n    role: Ninguno.\n  - name: Juzgado n.º 10 de la Ciudad de Buenos Aires\n", StringComparison.Ordinal));
        var problem = Single(Codes.TranslationShape);
        Assert.Contains("the original has 2 items in 'partners' and the translation 3 items", problem.Message, StringComparison.Ordinal);
        Assert.Equal("content/cases/ia2.es.md", problem.Position.File);
    }

    [Fact]
    public void A_translation_without_an_original_is_refused()
    {
        site.Write("content/cases/nowhere.es.md", "---\ntranslated_from: 000000000000\ntitle: Ninguno\n---\nTexto.\n");
        Assert.Equal("content/cases/nowhere.es.md", Single(Codes.TranslationWithoutOriginal).Position.File);
    }

    [Fact]
    public void A_translation_that_does_not_say_what_it_follows_is_told_the_value_to_add()
    {
        EditTranslation(t => t.Replace("translated_from: 2d76c49e31e8\n", "", StringComparison.Ordinal).Replace("translated_from:", "x:", StringComparison.Ordinal));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(site.ContentDir, "cases", "ia2.md"))))[..12];
        Assert.Contains($"translated_from: {hash}", Single(Codes.TranslatedFrom).Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_in_a_language_the_site_does_not_publish_is_a_warning()
    {
        site.Write("content/cases/ia2.fr.md", site.Read("content/cases/ia2.es.md"));
        var problem = Single(Codes.TranslationLanguage);
        Assert.False(problem.IsError);
        Assert.False(File.Exists(Path.Combine(site.OutputDir, "fr", "cases", "ia2", "index.html")));
    }

    [Fact]
    public void The_translations_text_is_checked_against_the_same_schema_as_the_original()
    {
        EditTranslation(t => t.Replace("summary: La Cooperativa", "summary: " + new string('x', 400) + " La Cooperativa", StringComparison.Ordinal));
        var problem = Single(Codes.TooLong);
        Assert.Equal("content/cases/ia2.es.md", problem.Position.File);
    }
}
