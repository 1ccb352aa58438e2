using System.Collections.Immutable;
using System.Globalization;

namespace Portfolio.Content.Yaml;

/// <summary>
/// Reads values out of a mapping that has already passed schema validation, so a missing optional
/// field is simply null or empty and types are known to be right.
/// </summary>
public readonly struct FieldReader(YamlMapping mapping)
{
    public string Text(string name) => OptionalText(name) ?? "";

    public string? OptionalText(string name) => mapping[name] is YamlScalar { IsNull: false } s ? s.Value.Trim() : null;

    public int? Integer(string name) => OptionalText(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    public bool Boolean(string name) => OptionalText(name) == "true";

    public DateOnly? Date(string name) =>
        OptionalText(name) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public FieldReader? Object(string name) => mapping[name] is YamlMapping m ? new FieldReader(m) : null;

    public ImmutableArray<string> Texts(string name) => List(name, v => ((YamlScalar)v).Value.Trim());

    public ImmutableArray<T> Objects<T>(string name, Func<FieldReader, T> read) => List(name, v => read(new FieldReader((YamlMapping)v)));

    ImmutableArray<T> List<T>(string name, Func<YamlValue, T> read) =>
        mapping[name] is YamlSequence sequence
            ? [.. sequence.Items.Where(i => i is not YamlScalar { IsNull: true }).Select(read)]
            : [];
}
