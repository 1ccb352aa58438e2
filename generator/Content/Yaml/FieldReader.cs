using System.Collections.Immutable;
using System.Globalization;
using Portfolio.Content.Schema;

namespace Portfolio.Content.Yaml;

/// <summary>
/// Reads the values of schema fields out of a mapping that has already passed validation, so a missing optional
/// field is simply null or empty and types are known to be right. Fields are named by their <see cref="Field"/>,
/// never by their key. When given a log, it records every field read (a test uses it to prove the binder reads
/// every field of the schema).
/// </summary>
public readonly struct FieldReader(YamlMapping mapping, ISet<Field>? log = null)
{
    public string Text(Field field) => OptionalText(field) ?? "";

    public string? OptionalText(Field field) => Scalar(field) is { IsNull: false } s ? s.Value.Trim() : null;

    public int? Integer(Field field) => OptionalText(field) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    public bool Boolean(Field field) => OptionalText(field) == "true";

    public DateOnly? Date(Field field) =>
        OptionalText(field) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public Choice Choice(Field field) => OptionalChoice(field) ?? throw new InvalidOperationException($"'{field.Name}' is required; validation should have said so");

    public Choice? OptionalChoice(Field field) => OptionalText(field) is { } slug ? ((EnumType)field.Type)[slug] : null;

    public ImmutableArray<Choice> Choices(Field field) => List(field, v => ((EnumType)((ListType)field.Type).Item)[((YamlScalar)v).Value.Trim()]);

    public FieldReader? Object(Field field)
    {
        log?.Add(field);
        return mapping[field.Name] is YamlMapping m ? new FieldReader(m, log) : null;
    }

    public ImmutableArray<string> Texts(Field field) => List(field, v => ((YamlScalar)v).Value.Trim());

    public ImmutableArray<T> Objects<T>(Field field, Func<FieldReader, T> read)
    {
        var inner = log;
        return List(field, v => read(new FieldReader((YamlMapping)v, inner)));
    }

    YamlScalar? Scalar(Field field)
    {
        log?.Add(field);
        return mapping[field.Name] as YamlScalar;
    }

    ImmutableArray<T> List<T>(Field field, Func<YamlValue, T> read)
    {
        log?.Add(field);
        return mapping[field.Name] is YamlSequence sequence
            ? [.. sequence.Items.Where(i => i is not YamlScalar { IsNull: true }).Select(read)]
            : [];
    }
}
