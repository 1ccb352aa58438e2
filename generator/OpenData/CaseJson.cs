using System.Text.Json;
using Portfolio.Content.Schema;
using Portfolio.Content.Yaml;
using Portfolio.Model;

namespace Portfolio.OpenData;

/// <summary>
/// Writes one case as a JSON object: its <c>slug</c> and absolute <c>url</c>, then every field of the case file
/// under its own name and in the schema's order, typed as the schema says (a year is a number), then a
/// <c>derived</c> object with the values the schema derives from the codes (names, matrix cells). Optional values a
/// file leaves out are left out (a <c>false</c> too, the default); lists are always present. Without <c>slug</c>,
/// <c>url</c> and <c>derived</c>, the object is a valid case front matter. The fields come from walking
/// <see cref="CaseSchema.Root"/>, so a new field appears here with no edit.
/// </summary>
public static class CaseJson
{
    public static void Write(Utf8JsonWriter json, CaseRow row)
    {
        json.WriteStartObject();
        json.WriteString("slug", row.Case.Slug);
        json.WriteString("url", row.Url);
        WriteFields(json, CaseSchema.Root, row.Case.File.Fields);
        json.WriteStartObject("derived");
        WriteDerived(json, row.Case, CaseSchema.Root);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    static void WriteFields(Utf8JsonWriter json, ObjectType type, YamlMapping mapping)
    {
        foreach (var field in type.Fields)
        {
            var value = mapping[field.Name] is YamlScalar { IsNull: true } ? null : mapping[field.Name];
            field.Type.Accept(new ValueWriter(json, field.Name, value));
        }
    }

    static void WriteDerived(Utf8JsonWriter json, Case c, ObjectType type)
    {
        foreach (var field in type.Fields)
        {
            foreach (var derived in field.OpenData.Derived)
            {
                var values = CaseValues.Derived(c, field, derived.Kind);
                if (field.Type is not ListType && derived.Kind == Derivation.Names)
                {
                    json.WriteString(derived.JsonKey, values.Single());
                    continue;
                }

                json.WriteStartArray(derived.JsonKey);
                foreach (var value in values)
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
            }

            if (field.Type is ObjectType group)
            {
                WriteDerived(json, c, group);
            }
        }
    }

    /// <summary>Writes one field (or, with no name, one list item) as the schema types it.</summary>
    sealed class ValueWriter(Utf8JsonWriter json, string? name, YamlValue? value) : IFieldTypeVisitor<bool>
    {
        public bool Text(TextType type) => String();

        public bool Integer(IntegerType type) => Scalar(text => json.WriteNumberValue(int.Parse(text, System.Globalization.CultureInfo.InvariantCulture)));

        public bool Boolean(BooleanType type) => CaseValues.Text(value) == "true" && Scalar(_ => json.WriteBooleanValue(true));

        public bool Date(DateType type) => String();

        public bool Url(UrlType type) => String();

        public bool Choice(EnumType type) => String();

        public bool Country(CountryType type) => String();

        public bool Slug(SlugType type) => String();

        public bool List(ListType type)
        {
            Name();
            json.WriteStartArray();
            foreach (var item in CaseValues.Items(value))
            {
                type.Item.Accept(new ValueWriter(json, null, item));
            }

            json.WriteEndArray();
            return true;
        }

        public bool Group(ObjectType type)
        {
            if (value is not YamlMapping mapping)
            {
                return false;
            }

            Name();
            json.WriteStartObject();
            WriteFields(json, type, mapping);
            json.WriteEndObject();
            return true;
        }

        bool String() => Scalar(json.WriteStringValue);

        bool Scalar(Action<string> write)
        {
            if (CaseValues.Text(value) is not { } text)
            {
                return false;
            }

            Name();
            write(text);
            return true;
        }

        void Name()
        {
            if (name is not null)
            {
                json.WritePropertyName(name);
            }
        }
    }
}
