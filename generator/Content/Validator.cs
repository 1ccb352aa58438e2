using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Portfolio.Content.Schema;
using Portfolio.Content.Yaml;
using Portfolio.Diagnostics;

namespace Portfolio.Content;

/// <summary>
/// Stage 3, validate: checks every parsed document against its schema and the references between
/// files, reporting all problems at once; when there are none, binds the typed <see cref="ContentSet"/>.
/// </summary>
public sealed partial class Validator(bool includeDrafts)
{
    /// <summary>Top-level URLs the generator owns outright; a page may not take one of these slugs.</summary>
    public static readonly ImmutableHashSet<string> ReservedSlugs = ["search", "data", "schema", "assets", "404"];

    /// <summary>
    /// Generated sections whose title, summary and introduction a page of the same slug provides:
    /// <c>content/pages/framework.md</c> introduces <c>/framework/</c>.
    /// </summary>
    public static readonly ImmutableHashSet<string> SectionSlugs = ["cases", "guide", "framework", "beneficiaries", "countries", "themes"];

    [GeneratedRegex("^(?<number>[0-9]{2})-(?<slug>.+)$")]
    private static partial Regex GuideFileName();

    /// <summary>
    /// Validates the parsed documents. <paramref name="discovered"/> lists every content file found,
    /// including those that failed to parse, so that a syntax error in one case does not also show up
    /// as "unknown case" wherever that case is named.
    /// </summary>
    public (ContentSet? Content, ImmutableArray<Diagnostic> Diagnostics) Validate(ImmutableArray<ParsedDocument> documents, ImmutableArray<SourceFile> discovered)
    {
        var translations = documents.Where(d => d.Source.IsTranslation).ToImmutableArray();
        documents = [.. documents.Where(d => !d.Source.IsTranslation)];
        discovered = [.. discovered.Where(d => !d.IsTranslation)];
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var guideNames = GuideNames(discovered.Where(d => d.Kind == ContentKind.GuideStep), diagnostics);
        CheckSlugs(documents, guideNames, diagnostics);

        var data = documents.Where(d => d.Source.Kind == ContentKind.Data).ToDictionary(d => d.Source.Name, StringComparer.Ordinal);
        var validator = new SchemaValidator(Vocabularies(discovered, data));
        foreach (var document in documents)
        {
            var schema = SchemaOf(document, diagnostics);
            if (schema is not null)
            {
                diagnostics.AddRange(validator.Validate(document.Fields, schema));
            }

            diagnostics.AddRange(MarkdownRules.Check(document));
        }

        foreach (var required in new[] { DataSchemas.Site, DataSchemas.Taxonomies })
        {
            if (!data.ContainsKey(required))
            {
                diagnostics.Add(Diagnostic.Error(Codes.MissingContent, SourceRange.StartOf($"content/data/{required}.yml"),
                    $"the data file '{required}.yml' is missing", "every site needs content/data/site.yml and content/data/taxonomies.yml"));
            }
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return (null, diagnostics.ToImmutable());
        }

        var content = Bind(documents, data, guideNames);
        var editions = Editions(content, documents, translations, guideNames, validator, diagnostics);
        return diagnostics.Any(d => d.IsError) ? (null, diagnostics.ToImmutable()) : (editions, diagnostics.ToImmutable());
    }

    /// <summary>The content with its editions: one per language in <c>translations:</c>, each with what is translated laid over the originals.</summary>
    ContentSet Editions(ContentSet content, ImmutableArray<ParsedDocument> originals, ImmutableArray<ParsedDocument> translations,
        Dictionary<string, (int Number, string Slug)> guideNames, SchemaValidator validator, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var languages = content.Settings.Translations.Where(l => l != content.Settings.Language).ToImmutableArray();
        foreach (var stray in translations.Where(t => !languages.Contains(t.Source.Language!)))
        {
            diagnostics.Add(Diagnostic.Warning(Codes.TranslationLanguage, SourceRange.StartOf(stray.Source.Path),
                $"'{stray.Source.Language}' is not one of the site's editions, so this translation is not published",
                $"add it to 'translations:' in content/data/site.yml (languages: {string.Join(", ", Schema.Vocabularies.Language.Values)})"));
        }

        var editions = ImmutableArray.CreateBuilder<ContentSet>();
        var coverage = ImmutableArray.CreateBuilder<TranslationCoverage>();
        foreach (var language in languages)
        {
            var (translated, behind) = new EditionBuilder(validator, diagnostics).Build(language, originals, translations.Where(t => t.Source.Language == language));
            var documents = originals.Select(o => translated.GetValueOrDefault(o.Source.Path, o)).ToImmutableArray();
            var names = new Dictionary<string, (int Number, string Slug)>(guideNames, StringComparer.Ordinal);
            foreach (var (path, document) in translated.Where(t => guideNames.ContainsKey(t.Key)))
            {
                names[document.Source.Path] = guideNames[path];
            }

            var data = documents.Where(d => d.Source.Kind == ContentKind.Data).ToDictionary(d => d.Source.Name, StringComparer.Ordinal);
            var bound = Bind(documents, data, names);
            bool Translated(string path) => path.Contains("." + language + ".", StringComparison.Ordinal);
            editions.Add(bound with
            {
                Settings = bound.Settings with { Language = language },
                Cases = [.. bound.Cases.Select(c => Translated(c.SourcePath) ? c with { Language = language, Behind = behind.Contains(c.SourcePath) } : c)],
                Guide = [.. bound.Guide.Select(s => Translated(s.SourcePath) ? s with { Language = language, Behind = behind.Contains(s.SourcePath) } : s)],
                Pages = [.. bound.Pages.Select(p => Translated(p.SourcePath) ? p with { Language = language, Behind = behind.Contains(p.SourcePath) } : p)],
                OriginalLanguage = content.Settings.Language,
            });
            coverage.Add(new TranslationCoverage(language, originals.Length, translated.Count, behind.Count));
        }

        return content with { Editions = editions.ToImmutable(), Coverage = coverage.ToImmutable(), OriginalLanguage = content.Settings.Language };
    }

    ContentSet Bind(ImmutableArray<ParsedDocument> documents, Dictionary<string, ParsedDocument> data, Dictionary<string, (int Number, string Slug)> guideNames)
    {
        var binder = new Binder();
        var cases = documents.Where(d => d.Source.Kind == ContentKind.Case)
            .Select(binder.Case)
            .Where(c => includeDrafts || !c.Draft)
            .OrderBy(c => c.Slug, StringComparer.Ordinal);
        var guide = documents.Where(d => d.Source.Kind == ContentKind.GuideStep && guideNames.ContainsKey(d.Source.Path))
            .Select(d => binder.GuideStep(d, guideNames[d.Source.Path].Number, guideNames[d.Source.Path].Slug))
            .OrderBy(s => s.Number);
        var pages = documents.Where(d => d.Source.Kind == ContentKind.Page).Select(binder.Page).OrderBy(p => p.Slug, StringComparer.Ordinal);
        return new ContentSet(binder.Site(data[DataSchemas.Site]), binder.Taxonomies(data[DataSchemas.Taxonomies]),
            data.TryGetValue(DataSchemas.Programme, out var programme) ? binder.Programme(programme) : null,
            data.TryGetValue(DataSchemas.Matrices, out var matrices) ? binder.Matrices(matrices) : null,
            [.. cases], [.. guide], [.. pages]);
    }

    static ObjectType? SchemaOf(ParsedDocument document, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        switch (document.Source.Kind)
        {
            case ContentKind.Case:
                return CaseSchema.Root;
            case ContentKind.GuideStep:
                return GuideStepSchema.Root;
            case ContentKind.Page:
                return PageSchema.Root;
            default:
                var schema = DataSchemas.For(document.Source.Name);
                if (schema is null)
                {
                    diagnostics.Add(Diagnostic.Warning(Codes.UnexpectedFile, SourceRange.StartOf(document.Source.Path),
                        $"'{document.Source.Name}.yml' is not a data file the site uses, and is ignored",
                        "the data files are site.yml, taxonomies.yml, programme.yml and matrices.yml"));
                }

                return schema;
        }
    }

    /// <summary>Step numbers and slugs from the guide file names, keyed by path; numbering must run 1..n.</summary>
    static Dictionary<string, (int Number, string Slug)> GuideNames(IEnumerable<SourceFile> steps, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var names = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            var match = GuideFileName().Match(step.Name);
            if (!match.Success || !Slugs.IsValid(match.Groups["slug"].Value))
            {
                diagnostics.Add(Diagnostic.Error(Codes.InvalidFileName, SourceRange.StartOf(step.Path),
                    $"the guide file name '{step.Name}.md' is not 'NN-slug.md'",
                    $"name it with a two-digit step number and a slug, e.g. '01-{Slugs.From(step.Name.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-'))}.md'"));
                continue;
            }

            names[step.Path] = (int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["slug"].Value);
        }

        var ordered = names.OrderBy(n => n.Value.Item1).ThenBy(n => n.Key, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Value.Item1 != i + 1)
            {
                diagnostics.Add(Diagnostic.Error(Codes.GuideNumbering, SourceRange.StartOf(ordered[i].Key),
                    $"guide step numbers must run 1, 2, 3, … without gaps or repeats; this file is number {ordered[i].Value.Item1} but step {i + 1} was expected",
                    "rename the guide files so their numbers follow on"));
                break;
            }
        }

        return names;
    }

    static void CheckSlugs(ImmutableArray<ParsedDocument> documents, Dictionary<string, (int Number, string Slug)> guideNames, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        foreach (var document in documents.Where(d => d.Source.Kind is ContentKind.Case or ContentKind.Page))
        {
            var name = document.Source.Name;
            var at = SourceRange.StartOf(document.Source.Path);
            if (!Slugs.IsValid(name))
            {
                diagnostics.Add(Diagnostic.Error(Codes.InvalidFileName, at,
                    $"the file name '{name}.md' {Slugs.Problem(name)}",
                    $"rename the file to '{Slugs.From(name)}.md'; the name becomes the page's address"));
            }
            else if (document.Source.Kind == ContentKind.Page && ReservedSlugs.Contains(name))
            {
                diagnostics.Add(Diagnostic.Error(Codes.DuplicateSlug, at,
                    $"the page slug '{name}' is taken by a section of the site", "rename the page file"));
            }
        }

        foreach (var group in guideNames.GroupBy(g => g.Value.Slug).Where(g => g.Count() > 1))
        {
            var first = group.OrderBy(g => g.Key, StringComparer.Ordinal).First().Key;
            foreach (var duplicate in group.OrderBy(g => g.Key, StringComparer.Ordinal).Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(Codes.DuplicateSlug, SourceRange.StartOf(duplicate.Key),
                    $"the guide step slug '{group.Key}' is also used by {first}", "give each step its own slug"));
            }
        }
    }

    static KnownSlugs Vocabularies(ImmutableArray<SourceFile> discovered, Dictionary<string, ParsedDocument> data)
    {
        var names = ImmutableDictionary.CreateBuilder<SlugTarget, ImmutableSortedSet<string>>();
        names[SlugTarget.Case] = discovered.Where(d => d.Kind == ContentKind.Case).Select(d => d.Name).ToImmutableSortedSet(StringComparer.Ordinal);
        names[SlugTarget.GuideStep] = discovered.Where(d => d.Kind == ContentKind.GuideStep)
            .Select(d => GuideFileName().Match(d.Name)).Where(m => m.Success).Select(m => m.Groups["slug"].Value)
            .ToImmutableSortedSet(StringComparer.Ordinal);
        if (data.TryGetValue(DataSchemas.Taxonomies, out var taxonomies))
        {
            names[SlugTarget.Theme] = TermSlugs(taxonomies.Fields, TaxonomySchema.Themes);
            names[SlugTarget.Technique] = TermSlugs(taxonomies.Fields, TaxonomySchema.Techniques);
        }

        return new KnownSlugs(names.ToImmutable());
    }

    static ImmutableSortedSet<string> TermSlugs(YamlMapping taxonomies, Field list) =>
        taxonomies[list.Name] is YamlSequence sequence
            ? sequence.Items.OfType<YamlMapping>().Select(m => m[TaxonomySchema.TermSlug.Name]).OfType<YamlScalar>().Select(s => s.Value).ToImmutableSortedSet(StringComparer.Ordinal)
            : [];
}
