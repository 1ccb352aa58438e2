using System.Collections.Immutable;

namespace Portfolio.Content.Schema;

/// <summary>Short constructors so that schema tables read like the table in DESIGN.md.</summary>
public static class Fields
{
    public static Field Required(string name, FieldType type, string description) => new(name, type, true, description);

    public static Field Optional(string name, FieldType type, string description) => new(name, type, false, description);

    public static ObjectType Object(params Field[] fields) => new([.. fields]);

    public static EnumType OneOf(params string[] values) => new([.. values]);

    public static ListType ListOf(FieldType item, int minItems = 0) => new(item, minItems);

    public static readonly TextType Text = new();
    public static readonly UrlType Url = new();
    public static readonly DateType Date = new();
    public static readonly BooleanType TrueOrFalse = new();
    public static readonly SlugType Slug = new();
}
