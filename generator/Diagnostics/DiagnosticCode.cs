namespace Portfolio.Diagnostics;

/// <summary>A stable diagnostic code (<c>PF1003</c>) with a short title for the documentation table.</summary>
public sealed record DiagnosticCode(string Id, string Title)
{
    public override string ToString() => Id;
}
