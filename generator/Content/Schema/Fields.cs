namespace Portfolio.Content.Schema;

/// <summary>Short constructors so that schema tables read like the field table in CONTRIBUTING.md.</summary>
public static class Fields
{
    public static Field Required(string name, FieldType type, string description) => new(name, type, true, description);

    public static Field Optional(string name, FieldType type, string description) => new(name, type, false, description);

    public static ObjectType Object(params Field[] fields) => new([.. fields]);

    public static ListType ListOf(FieldType item, int minItems = 0) => new(item, minItems);

    public static readonly TextType Text = new();
    public static readonly UrlType Url = new();
    public static readonly DateType Date = new();
    public static readonly BooleanType TrueOrFalse = new();
    public static readonly SlugType Slug = new();

    /// <summary>The field is language-specific text that a translation may carry.</summary>
    public static Field Translated(this Field field) => field with { Translatable = true };

    /// <summary>The field's codes also appear by name, as a derived column.</summary>
    public static Field WithNames(this Field field, string column, string jsonKey) =>
        field with { OpenData = field.OpenData with { Derived = field.OpenData.Derived.Add(new DerivedColumn(column, jsonKey, Derivation.Names)) } };

    /// <summary>The matrix cells the case sits in follow this field, as a derived column.</summary>
    public static Field WithMatrixCells(this Field field, string column) =>
        field with { OpenData = field.OpenData with { Derived = field.OpenData.Derived.Add(new DerivedColumn(column, column, Derivation.MatrixCells)) } };

    /// <summary>A list of groups appears as these columns, each listing one item field.</summary>
    public static Field AsColumns(this Field field, params (string Column, string ItemField)[] columns) =>
        field with { OpenData = field.OpenData with { ItemColumns = [.. columns.Select(c => new ItemColumn(c.Column, c.ItemField))] } };

    /// <summary>The field is left out of the CSV table (it is still in the JSON files).</summary>
    public static Field NotInCsv(this Field field) => field with { OpenData = field.OpenData with { InCsv = false } };
}
