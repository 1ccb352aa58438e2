using System.Collections.Immutable;

namespace Portfolio.Content.Schema;

/// <summary>
/// One field of an <see cref="ObjectType"/>: its name, type, whether it is required and what it means, plus how
/// it behaves beyond validation: whether a translation may carry it, and how it appears in the open data.
/// </summary>
public sealed record Field(string Name, FieldType Type, bool Required, string Description)
{
    /// <summary>Language-specific text: a translation file (<c>ia2.es.md</c>) may give it, and no other field.</summary>
    public bool Translatable { get; init; }

    /// <summary>How the field appears in <c>cases.csv</c> and the <c>derived</c> block of the JSON files.</summary>
    public OpenDataShape OpenData { get; init; } = OpenDataShape.Default;
}

/// <summary>
/// How a field appears in the open data. By default a field is one CSV column named by its path
/// (<c>coproduction_level</c>), a list joined with "; ". A list of groups names the item fields that become
/// columns (<see cref="ItemColumns"/>); a field of codes can add derived columns with their names, or the
/// matrix cells a case sits in (<see cref="Derived"/>).
/// </summary>
public sealed record OpenDataShape(bool InCsv, ImmutableArray<ItemColumn> ItemColumns, ImmutableArray<DerivedColumn> Derived)
{
    public static OpenDataShape Default { get; } = new(true, [], []);
}

/// <summary>A CSV column listing one field of every item of a list of groups: <c>partner_sectors</c> lists each partner's <c>sector</c>.</summary>
public sealed record ItemColumn(string Column, string ItemField);

/// <summary>A value computed from a field's codes, as a CSV column and a key of the JSON files' <c>derived</c> block.</summary>
public sealed record DerivedColumn(string Column, string JsonKey, Derivation Kind);

/// <summary>What a derived column holds.</summary>
public enum Derivation
{
    /// <summary>The names of the codes (country, level, phase, theme, technique names).</summary>
    Names,

    /// <summary>The cells of the co-production matrix the case sits in (<c>group-co-delivery</c>).</summary>
    MatrixCells,
}
