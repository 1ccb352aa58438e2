using System.Text;
using Portfolio.Model;

namespace Portfolio.OpenData;

/// <summary>
/// The case table (<see cref="CaseTable"/>) as one CSV file, for spreadsheets. RFC 4180: comma-separated, CRLF
/// between records, quotes where needed. The file starts with a UTF-8 byte order mark because spreadsheet
/// programs (Excel above all) otherwise read UTF-8 as a legacy code page and garble the accents of Spanish and
/// Portuguese names; CSV libraries skip the mark. The JSON files keep every list and object whole.
/// </summary>
public static class CaseCsv
{
    public static byte[] Write(IEnumerable<CaseRow> rows)
    {
        var text = new StringBuilder();
        Line(text, CaseTable.Columns.Select(c => c.Name));
        foreach (var row in rows)
        {
            Line(text, CaseTable.Columns.Select(c => c.Value(row)));
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
}
