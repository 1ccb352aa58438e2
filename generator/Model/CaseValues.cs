using System.Collections.Immutable;
using Portfolio.Content.Schema;
using Portfolio.Content.Yaml;

namespace Portfolio.Model;

/// <summary>
/// The values of a case's fields as its file gives them, found by walking the schema (not by naming keys), and the
/// values derived from them (<see cref="DerivedColumn"/>): what the open data publishes.
/// </summary>
public static class CaseValues
{
    /// <summary>The YAML value of the field at the end of <paramref name="path"/>, or null when the file leaves it out.</summary>
    public static YamlValue? At(Case c, IReadOnlyList<Field> path)
    {
        YamlValue? value = c.File.Fields;
        foreach (var field in path)
        {
            value = value is YamlMapping mapping ? mapping[field.Name] : null;
        }

        return value is YamlScalar { IsNull: true } ? null : value;
    }

    /// <summary>The text of a scalar as the binder reads it (trimmed), or null.</summary>
    public static string? Text(YamlValue? value) => value is YamlScalar { IsNull: false } scalar ? scalar.Value.Trim() : null;

    /// <summary>The items of a list, empty items and absent lists giving none.</summary>
    public static IEnumerable<YamlValue> Items(YamlValue? value) =>
        value is YamlSequence sequence ? sequence.Items.Where(i => i is not YamlScalar { IsNull: true }) : [];

    /// <summary>What a derived column holds for a case: the names of the field's codes, or the matrix cells.</summary>
    public static ImmutableArray<string> Derived(Case c, Field field, Derivation kind) => kind switch
    {
        Derivation.Names => [.. NamesOf(c, field).Select(n => n.Name)],
        Derivation.MatrixCells => [.. c.Cells.Select(cell => cell.Id)],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The resolved names behind a field of codes: countries, themes, techniques, the level or the phases.</summary>
    static ImmutableArray<Named> NamesOf(Case c, Field field)
    {
        var item = field.Type is ListType list ? list.Item : field.Type;
        return item switch
        {
            CountryType => c.Countries,
            SlugType { References: SlugTarget.Theme } => c.Themes,
            SlugType { References: SlugTarget.Technique } => c.Techniques,
            EnumType e when e == Vocabularies.Level => [c.Level],
            EnumType e when e == Vocabularies.Phase => c.Phases,
            _ => throw new InvalidOperationException($"the schema asks for the names of '{field.Name}', which has none"),
        };
    }
}
