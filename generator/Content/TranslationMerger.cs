using System.Collections.Immutable;
using Portfolio.Content.Schema;
using Portfolio.Content.Yaml;
using Portfolio.Diagnostics;

namespace Portfolio.Content;

/// <summary>
/// Lays a translation's fields over its original's. A translation gives only language-specific text (the fields
/// the schema marks <see cref="Field.Translatable"/>); every other field, from the countries to the links, comes
/// from the original, and a translation that gives one is refused, so there is one place to change a fact.
/// Lists of groups are matched item by item: by their key (<c>slug</c>, <c>sector</c>, <c>capacity</c> and
/// <c>willingness</c>) where the items have one, otherwise in order, and then a translation must give as many
/// items as the original. The merged fields keep the translation's positions, so the schema's checks on them
/// point into the translation file.
/// </summary>
public sealed class TranslationMerger(ImmutableArray<Diagnostic>.Builder diagnostics)
{
    /// <summary>Fields a translation of a Markdown file has that no original has: which version of the original it follows.</summary>
    public const string TranslatedFromKey = "translated_from";

    /// <summary>Fields that are not text but that a translation may still give: when it was last checked.</summary>
    static readonly ImmutableHashSet<string> AlsoTranslated = ["last_reviewed"];

    /// <summary>Fields that identify an item of a list, so that a translation can say which item it translates.</summary>
    static readonly ImmutableArray<string> ItemKeys = ["slug", "sector", "capacity", "willingness"];

    public YamlMapping Merge(YamlMapping original, YamlMapping translation, ObjectType schema, string originalPath) =>
        MergeMapping(original, translation, schema, originalPath, identity: []);

    YamlMapping MergeMapping(YamlMapping original, YamlMapping translation, ObjectType schema, string originalPath, ImmutableArray<string> identity)
    {
        var entries = original.Entries.ToList();
        foreach (var entry in translation.Entries)
        {
            var key = entry.Key.Value;
            if (key == TranslatedFromKey || identity.Contains(key))
            {
                continue;
            }

            var field = schema.Fields.FirstOrDefault(f => f.Name == key);
            if (field is null)
            {
                var known = schema.Fields.Where(HasText).Select(f => f.Name).ToList();
                diagnostics.Add(Diagnostic.Error(Codes.UnknownField, entry.Key.Position, $"unknown field '{key}'",
                    Suggestions.Closest(key, known) is { } close ? $"did you mean '{close}'?" : $"a translation here may give: {string.Join(", ", known)}"));
                continue;
            }

            if (!HasText(field) && !AlsoTranslated.Contains(key))
            {
                diagnostics.Add(Diagnostic.Error(Codes.NeutralFieldInTranslation, entry.Key.Position,
                    $"'{key}' is the same in every language, so it is not given in a translation",
                    $"remove it here; it comes from {originalPath}, where it can be changed for every language"));
                continue;
            }

            var index = entries.FindIndex(e => e.Key.Value == key);
            var merged = field.Translatable || AlsoTranslated.Contains(key)
                ? entry.Value
                : MergeValue(index < 0 ? null : entries[index].Value, entry.Value, field, originalPath);
            if (merged is null)
            {
                continue;
            }

            if (index < 0)
            {
                entries.Add(entry with { Value = merged });
            }
            else
            {
                entries[index] = entries[index] with { Value = merged };
            }
        }

        return original with { Entries = [.. entries] };
    }

    YamlValue? MergeValue(YamlValue? original, YamlValue translated, Field field, string originalPath)
    {
        switch (field.Type, translated)
        {
            case (ObjectType group, YamlMapping mapping):
                return MergeMapping(original as YamlMapping ?? new YamlMapping([], mapping.Position), mapping, group, originalPath, identity: []);
            case (ListType { Item: ObjectType item }, YamlSequence sequence):
                return MergeList(original as YamlSequence, sequence, item, field.Name, originalPath);
            default:
                diagnostics.Add(Diagnostic.Error(Codes.WrongType, translated.Position,
                    $"'{field.Name}' should be {(field.Type is ObjectType ? "a mapping" : "a list")}, as in the original; here it is {translated.Describe()}",
                    $"give the same shape as {originalPath}, with only the text translated"));
                return null;
        }
    }

    YamlSequence? MergeList(YamlSequence? original, YamlSequence translated, ObjectType item, string name, string originalPath)
    {
        var originals = original?.Items ?? [];
        var keys = ItemKeys.Where(k => item.Fields.Any(f => f.Name == k)).ToImmutableArray();
        var keyed = !keys.IsEmpty && translated.Items.OfType<YamlMapping>().Any(m => keys.Any(k => m[k] is not null));
        if (!keyed && translated.Items.Length != originals.Length)
        {
            diagnostics.Add(Diagnostic.Error(Codes.TranslationShape, translated.Position,
                $"the original has {Count(originals.Length)} in '{name}' and the translation {Count(translated.Items.Length)}",
                $"translate every item of '{name}' in {originalPath}, in the same order, and add or remove items there"));
            return null;
        }

        var merged = originals.ToArray();
        for (var i = 0; i < translated.Items.Length; i++)
        {
            if (translated.Items[i] is not YamlMapping mapping)
            {
                diagnostics.Add(Diagnostic.Error(Codes.WrongType, translated.Items[i].Position,
                    $"each item of '{name}' should be a mapping, as in the original", $"see {originalPath}"));
                continue;
            }

            var at = keyed ? Array.FindIndex(merged, m => m is YamlMapping o && SameKey(o, mapping, keys)) : i;
            if (at < 0)
            {
                diagnostics.Add(Diagnostic.Error(Codes.TranslationShape, mapping.Position,
                    $"the original has no item of '{name}' with {Describe(mapping, keys)}",
                    $"translate only the items of {originalPath}; the keys ({string.Join(", ", keys)}) stay as they are there"));
                continue;
            }

            merged[at] = MergeMapping((YamlMapping)merged[at], mapping, item, originalPath, keyed ? keys : []);
        }

        return original! with { Items = [.. merged] };
    }

    static bool SameKey(YamlMapping original, YamlMapping translated, ImmutableArray<string> keys) =>
        keys.All(k => (translated[k] as YamlScalar)?.Value is not { } value || (original[k] as YamlScalar)?.Value == value);

    static string Describe(YamlMapping mapping, ImmutableArray<string> keys) =>
        string.Join(" and ", keys.Where(k => mapping[k] is YamlScalar).Select(k => $"{k} '{((YamlScalar)mapping[k]!).Value}'"));

    static string Count(int n) => n == 1 ? "1 item" : $"{n} items";

    /// <summary>Whether a translation may give the field or something inside it.</summary>
    static bool HasText(Field field) => field.Translatable || field.Type switch
    {
        ObjectType group => group.Fields.Any(HasText),
        ListType { Item: ObjectType item } => item.Fields.Any(HasText),
        _ => false,
    };
}
