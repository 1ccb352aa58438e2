using System.Globalization;
using System.Collections.Immutable;
using System.Text;
using Portfolio.Content.Schema;

namespace Portfolio.Schema;

/// <summary>
/// The text of a new case file, generated from <see cref="CaseSchema.Root"/>: every field with a comment
/// saying whether it is required, what it means and what it takes (with the site's current themes,
/// techniques and guide steps), then an outline of the page's sections. Values are left empty, so
/// <c>portfolio check</c> points at each required field still to fill; optional ones left empty count as absent.
/// </summary>
public sealed class CaseScaffold(KnownSlugs vocabularies)
{
    /// <summary>The sections every case page has, each with the question it answers.</summary>
    public static readonly ImmutableArray<(string Heading, string Question)> Sections =
    [
        ("The public problem", "What public problem did the tool address, for whom, and why did it matter?"),
        ("Who co-produced it, and how", "Which organisations and people took part, what did each bring, and how did they decide together?"),
        ("The data", "Which data did the tool use, who publishes it, what was missing and who could it harm?"),
        ("What the tool does", "What does the tool do, who uses it and what comes out of it?"),
        ("What happened", "How far did the project get, and what changed for the people it serves?"),
        ("Lessons we draw", "*This section is our reading of the case, not a finding of its sources.* What would you tell a team starting a similar project?"),
    ];

    public string Write(string title)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(CaseJsonSchema.EditorComment).Append('\n');
        text.Append("# Fill in every field marked (required) and any others you can; delete the optional fields you leave empty.\n");
        text.Append("# 'portfolio check' lists every required field that is still empty, with its line.\n");
        foreach (var field in CaseSchema.Root.Fields)
        {
            text.Append('\n');
            AppendField(text, field, 0, field == CaseSchema.Title ? Quoted(title) : null);
        }

        text.Append("---\n");
        foreach (var (heading, question) in Sections)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {heading}\n\n{question}\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// One field: its comment, then its key at column <paramref name="indent"/>. The first field of a list
    /// item carries the item's "- " marker in the two columns before its key, and its comment starts there.
    /// </summary>
    void AppendField(StringBuilder text, Field field, int indent, string? value = null, bool dash = false)
    {
        var lead = new string(' ', dash ? indent - 2 : indent);
        text.Append(CultureInfo.InvariantCulture, $"{lead}# {Comment(field)}\n");
        field.Type.Accept(new KeyWriter(this, text, $"{lead}{(dash ? "- " : "")}{field.Name}:", lead, indent, value));
    }

    /// <summary>Writes a field's key and what follows it: nested fields, a list to fill in, or the value.</summary>
    sealed class KeyWriter(CaseScaffold scaffold, StringBuilder text, string key, string lead, int indent, string? value) : IFieldTypeVisitor<bool>
    {
        public bool Text(TextType type) => Value();

        public bool Integer(IntegerType type) => Value();

        public bool Boolean(BooleanType type) => Value();

        public bool Date(DateType type) => Value();

        public bool Url(UrlType type) => Value();

        public bool Choice(EnumType type) => Value();

        public bool Country(CountryType type) => Value();

        public bool Slug(SlugType type) => Value();

        public bool Group(ObjectType type)
        {
            text.Append(key).Append('\n');
            foreach (var inner in type.Fields)
            {
                scaffold.AppendField(text, inner, indent + 2);
            }

            return true;
        }

        public bool List(ListType type)
        {
            if (type.Item is not ObjectType item)
            {
                text.Append(key).Append(" []\n");
                return true;
            }

            text.Append(key).Append('\n');
            if (type.MinItems > 0)
            {
                for (var i = 0; i < item.Fields.Length; i++)
                {
                    scaffold.AppendField(text, item.Fields[i], indent + 4, dash: i == 0);
                }

                text.Append(CultureInfo.InvariantCulture, $"{lead}  # for each further item, copy the lines from '- {item.Fields[0].Name}:' down\n");
                return true;
            }

            text.Append(CultureInfo.InvariantCulture, $"{lead}  # to add one, remove the '# ' at the start of each line below; copy them for more\n");
            for (var i = 0; i < item.Fields.Length; i++)
            {
                var name = (i == 0 ? "- " : "  ") + item.Fields[i].Name + ":";
                text.Append(CultureInfo.InvariantCulture, $"{lead}  # {name,-20} # {scaffold.Comment(item.Fields[i])}\n");
            }

            return true;
        }

        bool Value()
        {
            text.Append(key).Append(value is null ? "" : " " + value).Append('\n');
            return true;
        }
    }

    string Comment(Field field) => $"({(field.Required ? "required" : "optional")}) {field.Description} — {field.Type.Accept(new Takes(vocabularies))}";

    /// <summary>What a field takes, in the words of a comment, with the site's current names where it refers to them.</summary>
    sealed class Takes(KnownSlugs vocabularies) : IFieldTypeVisitor<string>
    {
        public string Text(TextType type) => type.Describe();

        public string Integer(IntegerType type) => type.Describe();

        public string Boolean(BooleanType type) => type.Describe();

        public string Date(DateType type) => type.Describe();

        public string Url(UrlType type) => type.Describe();

        public string Choice(EnumType type) => type.Describe();

        public string Country(CountryType type) => type.Describe();

        public string Slug(SlugType type) => type.Describe() + Known(type);

        public string Group(ObjectType type) => "the indented fields below";

        public string List(ListType type) => type.Item switch
        {
            ObjectType => type.MinItems > 0 ? $"a list of at least {type.MinItems}, each with the fields below" : "a list, each with the fields below",
            EnumType choices => $"{(type.MinItems > 0 ? $"a list of at least {type.MinItems} of" : "a list of")} {string.Join(", ", choices.Values)}; write them as [first, second]",
            SlugType slug => $"{type.Describe()}{Known(slug)}; write them as [first, second]",
            _ => $"{type.Describe()}; write them as [first, second]",
        };

        string Known(SlugType type) =>
            type is { References: { } vocabulary } && vocabularies.TryGet(vocabulary, out var names) && names.Count > 0
                ? $" (now: {string.Join(", ", names)})"
                : "";
    }

    /// <summary>A YAML double-quoted scalar: safe for any title, including ones with ': ' or quotes.</summary>
    internal static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
