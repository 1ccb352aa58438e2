using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Portfolio.Model;

namespace Portfolio.OpenData;

/// <summary>
/// The portfolio as one CSV table, one row per case, for spreadsheets. RFC 4180: comma-separated,
/// CRLF between records, quotes where needed. The file starts with a UTF-8 byte order mark because
/// spreadsheet programs (Excel above all) otherwise read UTF-8 as a legacy code page and garble the
/// accents of Spanish and Portuguese names; CSV libraries skip the mark. Lists are joined with
/// <c>"; "</c>; the JSON file keeps every list and object whole.
/// </summary>
public static class CaseCsv
{
    /// <summary>A case with what its row needs besides the case file.</summary>
    public sealed record Row(CaseFile Case, string Url, CaseLabels Labels);

    /// <summary>A column: its header and how a row fills it.</summary>
    public sealed record Column(string Name, Func<Row, string> Value);

    public const string ListSeparator = "; ";

    public static ImmutableArray<Column> Columns { get; } =
    [
        new("slug", r => r.Case.Slug),
        new("url", r => r.Url),
        new("title", r => r.Case.Title),
        new("summary", r => r.Case.Summary),
        new("countries", r => Join(r.Case.Countries)),
        new("country_names", r => Join(r.Labels.CountryNames)),
        new("year", r => r.Case.Year?.ToString(CultureInfo.InvariantCulture) ?? ""),
        new("programme", r => r.Case.Programme ?? ""),
        new("status", r => r.Case.Status ?? ""),
        new("themes", r => Join(r.Case.Themes)),
        new("theme_names", r => Join(r.Labels.ThemeNames)),
        new("techniques", r => Join(r.Case.Techniques)),
        new("technique_names", r => Join(r.Labels.TechniqueNames)),
        new("partners", r => Join(r.Case.Partners.Select(p => p.Name))),
        new("partner_sectors", r => Join(r.Case.Partners.Select(p => p.Sector))),
        new("coproduction_level", r => r.Case.Coproduction.Level),
        new("coproduction_level_name", r => r.Labels.LevelName),
        new("coproduction_phases", r => Join(r.Case.Coproduction.Phases)),
        new("coproduction_phase_names", r => Join(r.Labels.PhaseNames)),
        new("matrix_cells", r => Join(r.Labels.MatrixCells)),
        new("coproduction_note", r => r.Case.Coproduction.Note ?? ""),
        new("beneficiaries_direct", r => Join(r.Case.Beneficiaries.Direct)),
        new("beneficiaries_indirect", r => Join(r.Case.Beneficiaries.Indirect)),
        new("data_sources", r => Join(r.Case.Data?.Sources.Select(s => s.Name) ?? [])),
        new("data_gaps", r => r.Case.Data?.Gaps ?? ""),
        new("data_harms", r => r.Case.Data?.Harms ?? ""),
        new("partnership_capacity", r => r.Case.Partnership?.Capacity ?? ""),
        new("partnership_willingness", r => r.Case.Partnership?.Willingness ?? ""),
        new("illustrates", r => Join(r.Case.Illustrates)),
        new("links", r => Join(r.Case.Links.Select(l => l.Url))),
        new("sources", r => Join(r.Case.Sources.Select(l => l.Url))),
        new("last_reviewed", r => r.Case.LastReviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""),
    ];

    public static byte[] Write(IEnumerable<Row> rows)
    {
        var text = new StringBuilder();
        Line(text, Columns.Select(c => c.Name));
        foreach (var row in rows)
        {
            Line(text, Columns.Select(c => c.Value(row)));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                text.Append(',');
            }

            CsvCell.Append(text, cell);
            first = false;
        }

        text.Append("\r\n");
    }

    static string Join(IEnumerable<string> values) => string.Join(ListSeparator, values);
}
