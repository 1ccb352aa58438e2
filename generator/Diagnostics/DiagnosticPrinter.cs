
namespace Portfolio.Diagnostics;

/// <summary>
/// Prints diagnostics as <c>file:line:col: error CODE: message</c> with an indented hint, or as
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…::…</c>) with <c>--format github</c>.
/// </summary>
public sealed class DiagnosticPrinter(TextWriter writer, string format)
{
    public static bool IsKnownFormat(string format) => format is "text" or "github";

    public void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(format == "github" ? GitHub(diagnostic) : Text(diagnostic));
        }
    }

    public static string Text(Diagnostic d) => d.Hint is null ? d.ToString() : $"{d}\n    hint: {d.Hint}";

    public static string GitHub(Diagnostic d)
    {
        var kind = d.IsError ? "error" : "warning";
        var message = d.Hint is null ? d.Message : $"{d.Message}\nHint: {d.Hint}";
        return d.Position.IsInFile
            ? $"::{kind} file={Property(d.Position.File)},line={d.Position.Line},col={d.Position.Column},endLine={d.Position.EndLine},endColumn={d.Position.EndColumn},title={Property(d.Code.Id)}::{Data(message)}"
            : $"::{kind} title={Property(d.Code.Id)}::{Data(message)}";
    }

    static string Data(string value) => value.Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    static string Property(string value) => Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
