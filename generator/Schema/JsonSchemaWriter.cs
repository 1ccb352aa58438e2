using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portfolio.Content.Schema;

namespace Portfolio.Schema;

/// <summary>
/// Turns a content schema (<see cref="ObjectType"/> and its <see cref="FieldType"/> records, the same
/// definition the validator walks) into JSON Schema draft 2020-12, so editors can check a file while
/// it is typed. The mapping follows what the validator accepts:
/// <list type="bullet">
/// <item>text accepts any non-empty scalar (the validator reads <c>title: 1984</c> as text), so its
/// type is string, number or boolean;</item>
/// <item>an optional field may be left empty (<c>year:</c>), so it also accepts null;</item>
/// <item>slugs that name a theme, technique or guide step are checked against a pattern only: the
/// vocabularies live in the content and change without a schema change; the build checks the names
/// exist (PF2002–PF2004);</item>
/// <item>lists of plain values may not repeat a value; lists of groups may (the validator compares scalars only).</item>
/// </list>
/// </summary>
public static class JsonSchemaWriter
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The slug rule of <see cref="SchemaValidator"/>, written for ECMA-262 and .NET alike.</summary>
    public const string SlugPattern = Content.Slugs.Pattern;

    /// <summary>An absolute http(s) address with a host; the scheme may be written in any case, as <see cref="Uri"/> allows.</summary>
    public const string UrlPattern = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+([/?#]\\S*)?$";

    public const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    /// <summary>At least one character that is not white space: the validator refuses blank text.</summary>
    public const string NotBlankPattern = "\\S";

    static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The whole schema document as text, indented, with LF line ends and a final newline.</summary>
    public static string Write(ObjectType root, string title, string description)
    {
        var document = new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (key, value) in TypeOf(root))
        {
            document[key] = value?.DeepClone();
        }

        return document.ToJsonString(Indented) + "\n";
    }

    static JsonObject TypeOf(FieldType type) => type.Accept(JsonType.Instance);

    /// <summary>The JSON Schema of each kind of field type.</summary>
    sealed class JsonType : IFieldTypeVisitor<JsonObject>
    {
        public static readonly JsonType Instance = new();

        public JsonObject Text(TextType type) => TextOf(type);

        public JsonObject Integer(IntegerType type) => new() { ["type"] = "integer", ["minimum"] = type.Min, ["maximum"] = type.Max };

        public JsonObject Boolean(BooleanType type) => new() { ["type"] = "boolean" };

        public JsonObject Date(DateType type) => new() { ["type"] = "string", ["format"] = "date", ["pattern"] = DatePattern };

        public JsonObject Url(UrlType type) => new() { ["type"] = "string", ["pattern"] = UrlPattern };

        public JsonObject Choice(EnumType type) => new() { ["type"] = "string", ["enum"] = Strings(type.Values) };

        public JsonObject Country(CountryType type) => new() { ["type"] = "string", ["enum"] = Strings(Countries.Codes) };

        public JsonObject Slug(SlugType type) => new() { ["type"] = "string", ["pattern"] = SlugPattern, ["maxLength"] = Content.ContentLimits.MaxSlugLength };

        public JsonObject List(ListType type) => ListOf(type);

        public JsonObject Group(ObjectType type) => ObjectOf(type);
    }

    static JsonObject ObjectOf(ObjectType type)
    {
        var properties = new JsonObject();
        foreach (var field in type.Fields)
        {
            var schema = new JsonObject { ["description"] = Sentence(field) };
            foreach (var (key, value) in field.Required ? TypeOf(field.Type) : Nullable(TypeOf(field.Type)))
            {
                schema[key] = value?.DeepClone();
            }

            properties[field.Name] = schema;
        }

        var result = new JsonObject { ["type"] = "object" };
        var required = type.Fields.Where(f => f.Required).Select(f => f.Name).ToList();
        if (required.Count > 0)
        {
            result["required"] = Strings(required);
        }

        result["properties"] = properties;
        result["additionalProperties"] = false;
        return result;
    }

    static JsonObject ListOf(ListType type)
    {
        var result = new JsonObject { ["type"] = "array", ["items"] = TypeOf(type.Item) };
        if (type.MinItems > 0)
        {
            result["minItems"] = type.MinItems;
        }

        if (type.Unique && type.Item is not (ObjectType or ListType))
        {
            result["uniqueItems"] = true;
        }

        return result;
    }

    static JsonObject TextOf(TextType type)
    {
        var result = new JsonObject
        {
            ["type"] = Strings(["string", "number", "boolean"]),
            ["minLength"] = 1,
            ["pattern"] = NotBlankPattern,
        };
        if (type.MaxLength is { } max)
        {
            result["maxLength"] = max;
        }

        return result;
    }

    /// <summary>An optional field may be written with no value; the validator treats that as absent.</summary>
    static JsonObject Nullable(JsonObject schema)
    {
        switch (schema["type"])
        {
            case JsonArray types:
                types.Add("null");
                break;
            case JsonValue single:
                schema["type"] = Strings([single.GetValue<string>(), "null"]);
                break;
        }

        if (schema["enum"] is JsonArray values)
        {
            values.Add(null);
        }

        return schema;
    }

    /// <summary>The field's description and its type, as the contributor docs put them.</summary>
    static string Sentence(Field field) => $"{Capitalised(field.Description)} ({field.Type.Describe()}).";

    static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode?)JsonValue.Create(v))];
}
