namespace Portfolio.Diagnostics;

/// <summary>
/// One problem found by any stage: what is wrong, where, and how to fix it.
/// Printed as <c>file:line:col: error PF1003: message</c> followed by the hint.
/// </summary>
public sealed record Diagnostic(Severity Severity, DiagnosticCode Code, string Message, SourceRange Position, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    public static Diagnostic Error(DiagnosticCode code, SourceRange at, string message, string? hint = null) =>
        new(Severity.Error, code, message, at, hint);

    public static Diagnostic Warning(DiagnosticCode code, SourceRange at, string message, string? hint = null) =>
        new(Severity.Warning, code, message, at, hint);

    /// <summary>The single-line form editors and CI problem matchers read.</summary>
    public override string ToString() =>
        $"{Position}: {(IsError ? "error" : "warning")} {Code.Id}: {Message}";
}
