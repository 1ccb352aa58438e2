using System.Globalization;
using System.Text;
using Portfolio.Content;
using Portfolio.Content.Schema;
using Portfolio.Content.Yaml;

namespace Portfolio.Schema;

/// <summary>
/// Writes the start of a translation of a case (<c>portfolio new case ia2 --lang es</c>): the version of the
/// original it follows, then every field a translation may give, with the original's text to translate in place,
/// in the original's shape (the same partners and data sources, in the same order), then the original's body.
/// Nothing a translation may not give is written, so the file passes the checks as it is, before it is translated.
/// </summary>
public static class TranslationScaffold
{
    public static string Write(ParsedDocument original, string languageName)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"# {languageName} translation of {original.Source.Path}. Translate the text of every field and of the body below;\n");
        text.Append("# keep the structure, the order of the lists and the links. Facts such as countries, level and links stay in the original.\n");
        text.Append(CultureInfo.InvariantCulture, $"{TranslationMerger.TranslatedFromKey}: {original.Source.Hash[..EditionBuilder.VersionLength]}\n");
        Mapping(text, original.Fields, CaseSchema.Root, "");
        text.Append("---\n");
        var body = original.Source.Text;
        var end = body.IndexOf("\n---", 3, StringComparison.Ordinal);
        text.Append(end < 0 ? "" : body[(body.IndexOf('\n', end + 1) + 1)..]);
        return text.ToString();
    }

    static void Mapping(StringBuilder text, YamlMapping mapping, ObjectType schema, string indent, bool firstInline = false)
    {
        var first = true;
        foreach (var field in schema.Fields)
        {
            if (mapping[field.Name] is not { } value || !HasText(field))
            {
                continue;
            }

            // The first field of a list item follows its "- ".
            var prefix = first && firstInline ? "" : indent;
            first = false;
            switch (field.Type, value)
            {
                case (_, YamlScalar scalar) when field.Translatable:
                    text.Append(CultureInfo.InvariantCulture, $"{prefix}{field.Name}: {CaseScaffold.Quoted(scalar.Value)}\n");
                    break;
                case (ListType, YamlSequence list) when field.Translatable:
                    text.Append(CultureInfo.InvariantCulture, $"{prefix}{field.Name}:\n");
                    foreach (var item in list.Items.OfType<YamlScalar>())
                    {
                        text.Append(CultureInfo.InvariantCulture, $"{indent}  - {CaseScaffold.Quoted(item.Value)}\n");
                    }

                    break;
                case (ObjectType group, YamlMapping inner):
                    text.Append(CultureInfo.InvariantCulture, $"{prefix}{field.Name}:\n");
                    Mapping(text, inner, group, indent + "  ");
                    break;
                case (ListType { Item: ObjectType item }, YamlSequence items):
                    text.Append(CultureInfo.InvariantCulture, $"{prefix}{field.Name}:\n");
                    foreach (var element in items.Items.OfType<YamlMapping>())
                    {
                        text.Append(CultureInfo.InvariantCulture, $"{indent}  - ");
                        var before = text.Length;
                        Mapping(text, element, item, indent + "    ", firstInline: true);
                        if (text.Length == before)
                        {
                            text.Append("{}\n");
                        }
                    }

                    break;
            }
        }
    }

    static bool HasText(Field field) => field.Translatable || field.Type switch
    {
        ObjectType group => group.Fields.Any(HasText),
        ListType { Item: ObjectType item } => item.Fields.Any(HasText),
        _ => false,
    };
}
