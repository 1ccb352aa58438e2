using System.Collections.Immutable;
using Portfolio.Content.Schema;
using Portfolio.Content.Yaml;

namespace Portfolio.Model;

/// <summary>A case with its absolute address: one row of the case table.</summary>
public sealed record CaseRow(Case Case, string Url);

/// <summary>A column of the case table: its name and what a row holds in it.</summary>
public sealed record CaseColumn(string Name, Func<CaseRow, string> Value);

/// <summary>
/// The portfolio as one table, a row per case, as <c>cases.csv</c> publishes it and the Data page documents it:
/// the slug and address, then the columns the case schema defines (<see cref="OpenDataShape"/>), in schema order.
/// A field added to the schema is a column without any other edit. Lists are joined with <see cref="ListSeparator"/>.
/// </summary>
public static class CaseTable
{
    public const string ListSeparator = "; ";

    public static ImmutableArray<CaseColumn> Columns { get; } =
    [
        new("slug", r => r.Case.Slug),
        new("url", r => r.Url),
        .. ColumnsOf(CaseSchema.Root, "", []),
    ];

    static IEnumerable<CaseColumn> ColumnsOf(ObjectType type, string prefix, ImmutableArray<Field> parents)
    {
        foreach (var field in type.Fields.Where(f => f.OpenData.InCsv))
        {
            var path = parents.Add(field);
            if (field.Type is ObjectType group)
            {
                foreach (var column in ColumnsOf(group, prefix + field.Name + "_", path))
                {
                    yield return column;
                }

                continue;
            }

            if (field.Type is ListType { Item: ObjectType item })
            {
                foreach (var column in field.OpenData.ItemColumns)
                {
                    var itemField = item.Find(column.ItemField) ?? throw new InvalidOperationException($"'{field.Name}' has no item field '{column.ItemField}'");
                    yield return new(column.Column, r => Join(CaseValues.Items(CaseValues.At(r.Case, path))
                        .Select(i => CaseValues.Text(((YamlMapping)i)[itemField.Name]) ?? "")));
                }
            }
            else
            {
                yield return new(prefix + field.Name, r => Value(CaseValues.At(r.Case, path)));
            }

            foreach (var derived in field.OpenData.Derived)
            {
                yield return new(derived.Column, r => Join(CaseValues.Derived(r.Case, field, derived.Kind)));
            }
        }
    }

    static string Value(YamlValue? value) => value is YamlSequence
        ? Join(CaseValues.Items(value).Select(i => CaseValues.Text(i) ?? ""))
        : CaseValues.Text(value) ?? "";

    static string Join(IEnumerable<string> values) => string.Join(ListSeparator, values);
}
