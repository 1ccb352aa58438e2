using System.Collections.Immutable;

namespace Portfolio.Content.Schema;

/// <summary>
/// The type of a field in a content schema. The validator, the JSON Schema export and the field
/// reference in the contributor docs are all derived from these records, so they cannot drift apart.
/// </summary>
public abstract record FieldType
{
    /// <summary>A short phrase for messages and docs: "text of at most 280 characters".</summary>
    public abstract string Describe();
}

/// <summary>Free text. Empty text is refused.</summary>
public sealed record TextType(int? MaxLength = null) : FieldType
{
    public override string Describe() => MaxLength is { } max ? $"text of at most {max} characters" : "text";
}

/// <summary>A whole number in a range.</summary>
public sealed record IntegerType(int Min, int Max) : FieldType
{
    public override string Describe() => $"a whole number from {Min} to {Max}";
}

/// <summary>true or false.</summary>
public sealed record BooleanType : FieldType
{
    public override string Describe() => "true or false";
}

/// <summary>A calendar date written YYYY-MM-DD.</summary>
public sealed record DateType : FieldType
{
    public override string Describe() => "a date written YYYY-MM-DD";
}

/// <summary>An absolute http or https URL.</summary>
public sealed record UrlType : FieldType
{
    public override string Describe() => "a web address starting with https:// or http://";
}

/// <summary>One of a fixed set of words.</summary>
public sealed record EnumType(ImmutableArray<string> Values) : FieldType
{
    public override string Describe() => "one of " + string.Join(", ", Values);
}

/// <summary>An ISO 3166-1 alpha-2 country code such as AR or BR.</summary>
public sealed record CountryType : FieldType
{
    public override string Describe() => "a two-letter ISO 3166-1 country code such as AR, BR or PY";
}

/// <summary>A slug (lower-case ASCII letters, digits and hyphens), optionally naming something that must exist.</summary>
public sealed record SlugType(Vocabulary? References = null) : FieldType
{
    public override string Describe() => References switch
    {
        Vocabulary.Theme => "a theme slug from content/data/taxonomies.yml",
        Vocabulary.Technique => "a technique slug from content/data/taxonomies.yml",
        Vocabulary.GuideStep => "a guide step slug such as identify-the-problem",
        Vocabulary.Case => "a case slug (a file name in content/cases without .md)",
        _ => "a slug of lower-case letters, digits and hyphens",
    };
}

/// <summary>A list of values of one type.</summary>
public sealed record ListType(FieldType Item, int MinItems = 0, bool Unique = true) : FieldType
{
    public override string Describe() => MinItems > 0
        ? $"a list of at least {MinItems} of: {Item.Describe()}"
        : $"a list of: {Item.Describe()}";
}

/// <summary>A mapping with named fields.</summary>
public sealed record ObjectType(ImmutableArray<Field> Fields) : FieldType
{
    public override string Describe() => "a group of fields: " + string.Join(", ", Fields.Select(f => f.Name));

    public Field? Find(string name) => Fields.FirstOrDefault(f => f.Name == name);
}

/// <summary>One field of an <see cref="ObjectType"/>.</summary>
public sealed record Field(string Name, FieldType Type, bool Required, string Description);
