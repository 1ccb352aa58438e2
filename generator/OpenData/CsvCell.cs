using System.Text;

namespace Portfolio.OpenData;

/// <summary>
/// One CSV cell as RFC 4180 wants it, made inert for spreadsheets: a value that a spreadsheet would
/// read as a formula (it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return) gets a leading apostrophe, as the OWASP guidance on CSV injection advises; then a value
/// holding a comma, a quote or a line break is quoted, with its quotes doubled.
/// </summary>
public static class CsvCell
{
    static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static void Append(StringBuilder line, string value)
    {
        var inert = value.Length > 0 && Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;
        if (inert.IndexOfAny(NeedsQuotes) < 0)
        {
            line.Append(inert);
            return;
        }

        line.Append('"').Append(inert.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
