using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Portfolio.Content.Schema;

/// <summary>
/// The type of a field in a content schema. The validator, the binder, the JSON Schema, the open-data writers,
/// the scaffold and the field reference all walk these records through <see cref="IFieldTypeVisitor{TResult}"/>,
/// so they cannot drift apart, and a new type does not compile until every one of them handles it.
/// </summary>
public abstract record FieldType
{
    /// <summary>A short phrase for messages and docs: "text of at most 280 characters".</summary>
    public abstract string Describe();

    public abstract TResult Accept<TResult>(IFieldTypeVisitor<TResult> visitor);
}

/// <summary>One method per kind of field type; see <see cref="FieldType"/>.</summary>
public interface IFieldTypeVisitor<out TResult>
{
    TResult Text(TextType type);

    TResult Integer(IntegerType type);

    TResult Boolean(BooleanType type);

    TResult Date(DateType type);

    TResult Url(UrlType type);

    TResult Choice(EnumType type);

    TResult Country(CountryType type);

    TResult Slug(SlugType type);

    TResult List(ListType type);

    TResult Group(ObjectType type);
}

/// <summary>Free text. Empty text is refused.</summary>
public sealed record TextType(int? MaxLength = null) : FieldType
{
    public override string Describe() => MaxLength is { } max ? $"text of at most {max} characters" : "text";

    public override TResult Accept<TResult>(IFieldTypeVisitor<TResult> visitor) => visitor.Text(this);
}

/// <summary>A whole number in a range.</summary>
public sealed record IntegerType(int Min, int Max) : FieldType
{
    public override string Describe() => $"a whole number from {Min} to {Max}";

    public override TResult Accept<TResult>(IFieldTypeVisitor<TResult> visitor) => visitor.Integer(this);
}

/// <summary>true or false.</summary>
public sealed record BooleanType : FieldType
{
    public override string Describe() => "true or false";

    public override TResult Accept<TResult>(IFieldTypeVisitor<TResult> visitor) => visitor.Boolean(this);
}

/// <summary>A calendar date written YYYY-MM-DD.</summary>
public sealed record DateType : FieldType
{
    public override string Describe() => "a date written YYYY-MM-DD";

    public override TResult Accept<TResult>(IFieldTypeVisitor<TResult> visitor) => visitor.Date(this);
}

/// <summary>An absolute http or https URL.</summary>
public sealed record UrlType : FieldType
{
    public override string Describe() => "a web address starting with https:// or http://";

    public override TResult Accept<TResult>(IFieldTypeVisitor<TResult> visitor) => visitor.Url(this);
}

/// <summary>
/// One of a closed vocabulary of words, such as the co-production levels. <see cref="Name"/> names the vocabulary
/// (it prefixes the values' labels in the theme's language files: <c>level.group</c>).
/// </summary>
public sealed record EnumType : FieldType
{
    readonly FrozenDictionary<string, Choice> bySlug;

    public EnumType(string name, IEnumerable<string> values)
    {
        Name = name;
        Choices = [.. values.Select(v => new Choice(name, v))];
        Values = [.. Choices.Select(c => c.Slug)];
        bySlug = Choices.ToFrozenDictionary(c => c.Slug, StringComparer.Ordinal);
    }

    public string Name { get; }

    /// <summary>The values in their defined order.</summary>
    public ImmutableArray<Choice> Choices { get; }

    public ImmutableArray<string> Values { get; }

    public bool Contains(string slug) => bySlug.ContainsKey(slug);

    /// <summary>The value written as <paramref name="slug"/>, which validation has already checked is one of them.</summary>
    public Choice this[string slug] => bySlug.TryGetValue(slug, out var choice)
        ? choice
        : throw new KeyNotFoundException($"'{slug}' is not a {Name}; the validate stage should have refused it");

    public override string Describe() => "one of " + string.Join(", ", Values);

    public override TResult Accept<TResult>(IFieldTypeVisitor<TResult> visitor) => visitor.Choice(this);

    public bool Equals(EnumType? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);
}

/// <summary>An ISO 3166-1 alpha-2 country code such as AR or BR.</summary>
public sealed record CountryType : FieldType
{
    public override string Describe() => "a two-letter ISO 3166-1 country code such as AR, BR or PY";

    public override TResult Accept<TResult>(IFieldTypeVisitor<TResult> visitor) => visitor.Country(this);
}

/// <summary>A slug (lower-case ASCII letters, digits and hyphens), optionally naming something that must exist.</summary>
public sealed record SlugType(SlugTarget? References = null) : FieldType
{
    public override string Describe() => References switch
    {
        SlugTarget.Theme => "a theme slug from content/data/taxonomies.yml",
        SlugTarget.Technique => "a technique slug from content/data/taxonomies.yml",
        SlugTarget.GuideStep => "a guide step slug such as identify-the-problem",
        SlugTarget.Case => "a case slug (a file name in content/cases without .md)",
        _ => "a slug of lower-case letters, digits and hyphens",
    };

    public override TResult Accept<TResult>(IFieldTypeVisitor<TResult> visitor) => visitor.Slug(this);
}

/// <summary>A list of values of one type.</summary>
public sealed record ListType(FieldType Item, int MinItems = 0, bool Unique = true) : FieldType
{
    public override string Describe() => MinItems > 0
        ? $"a list of at least {MinItems} of: {Item.Describe()}"
        : $"a list of: {Item.Describe()}";

    public override TResult Accept<TResult>(IFieldTypeVisitor<TResult> visitor) => visitor.List(this);
}

/// <summary>A mapping with named fields.</summary>
public sealed record ObjectType(ImmutableArray<Field> Fields) : FieldType
{
    public override string Describe() => "a group of fields: " + string.Join(", ", Fields.Select(f => f.Name));

    public Field? Find(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public override TResult Accept<TResult>(IFieldTypeVisitor<TResult> visitor) => visitor.Group(this);
}
