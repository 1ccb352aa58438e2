using System.Collections.Immutable;
using Portfolio.Content.Schema;
using Portfolio.Diagnostics;

namespace Portfolio.Content;

/// <summary>How much of the site an edition has in its own language: files translated, of the originals, and how many of those are behind.</summary>
public sealed record TranslationCoverage(string Language, int Originals, int Translated, int Behind);

/// <summary>
/// Builds each edition's content (<c>translations: [es, pt]</c> in <c>site.yml</c>): every original file, with its
/// translation laid over it where there is one (<see cref="TranslationMerger"/>) and checked against the same
/// schema, or as it is where there is none (the page is shown in the original language, and says so). A
/// translation records which version of its original it follows (<c>translated_from</c>, the first twelve hex digits
/// of the original file's SHA-256); one that is behind is a warning, which <c>--strict</c> makes an error.
/// </summary>
public sealed class EditionBuilder(SchemaValidator validator, ImmutableArray<Diagnostic>.Builder diagnostics)
{
    public const int VersionLength = 12;

    /// <summary>
    /// The translated documents of one edition, keyed by their original's path, with the paths of the translations
    /// that are behind; problems go to the diagnostics.
    /// </summary>
    public (Dictionary<string, ParsedDocument> Translated, HashSet<string> Behind) Build(
        string language, ImmutableArray<ParsedDocument> originals, IEnumerable<ParsedDocument> translations)
    {
        var translated = new Dictionary<string, ParsedDocument>(StringComparer.Ordinal);
        var behind = new HashSet<string>(StringComparer.Ordinal);
        var merger = new TranslationMerger(diagnostics);
        foreach (var translation in translations)
        {
            var source = translation.Source;
            var original = originals.FirstOrDefault(o => o.Source.Kind == source.Kind && o.Source.Name == source.Name);
            if (original is null)
            {
                diagnostics.Add(Diagnostic.Error(Codes.TranslationWithoutOriginal, SourceRange.StartOf(source.Path),
                    $"this {language} translation has no original: there is no '{source.Name}' in its folder",
                    "name a translation after its original (ia2.md → ia2.es.md), or add the original first"));
                continue;
            }

            var schema = SchemaOf(source);
            if (schema is null)
            {
                continue;
            }

            if (source.Kind != ContentKind.Data && CheckVersion(translation, original))
            {
                behind.Add(source.Path);
            }

            var fields = merger.Merge(original.Fields, translation.Fields, schema, original.Source.Path);
            diagnostics.AddRange(validator.Validate(fields, schema));
            diagnostics.AddRange(MarkdownRules.Check(translation));
            var body = translation.Body is { Count: > 0 } ? translation.Body : original.Body;
            translated[original.Source.Path] = translation with
            {
                Fields = fields,
                Body = body,
                BodyLine = ReferenceEquals(body, original.Body) ? original.BodyLine : translation.BodyLine,
            };
        }

        return (translated, behind);
    }

    /// <summary>Reports a missing or out-of-date <c>translated_from</c>; true when the translation is behind.</summary>
    bool CheckVersion(ParsedDocument translation, ParsedDocument original)
    {
        var current = original.Source.Hash[..VersionLength];
        var entry = translation.Fields.Entries.FirstOrDefault(e => e.Key.Value == TranslationMerger.TranslatedFromKey);
        if (entry?.Value is not Yaml.YamlScalar { Value: var version } || version.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(Codes.TranslatedFrom, entry?.Value.Position ?? SourceRange.StartOf(translation.Source.Path),
                $"the translation does not say which version of {original.Source.Path} it follows",
                $"add 'translated_from: {current}' to its front matter once it says what the original says now"));
            return false;
        }

        if (version == current)
        {
            return false;
        }

        diagnostics.Add(Diagnostic.Warning(Codes.TranslationBehind, entry.Value.Position,
            $"{original.Source.Path} has changed since this translation was made (translated_from: {version}; the original is now {current})",
            $"see what changed with 'git log -p {original.Source.Path}', update the translation, then set 'translated_from: {current}'"));
        return true;
    }

    static ObjectType? SchemaOf(SourceFile source) => source.Kind switch
    {
        ContentKind.Case => CaseSchema.Root,
        ContentKind.GuideStep => GuideStepSchema.Root,
        ContentKind.Page => PageSchema.Root,
        _ => DataSchemas.For(source.Name),
    };
}
