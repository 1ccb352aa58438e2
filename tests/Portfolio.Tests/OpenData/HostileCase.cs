namespace Portfolio.Tests.OpenData;

/// <summary>
/// A case whose text tries everything: quotes, a closing script tag, an ampersand, a line break,
/// commas, accents and values a spreadsheet would run as formulas. Written into a fixture site by the tests.
/// </summary>
public static class HostileCase
{
    public const string Slug = "hostile";
    public const string Path = "content/cases/hostile.md";
    public const string Title = "Hostile \"quotes\", </script><script>alert(1)</script> & café";
    public const string Summary = "Line one, with a comma\nline two: ñandú — <b>bold</b> & São Paulo";
    public const string Partner = "=cmd|' /C calc'!A0";
    public const string PartnerRole = "+SUM(1,2); then -2";
    public const string Direct = "@mention, with a comma";
    public const string Note = "-starts with a minus";
    public const string Gaps = "=HYPERLINK(\"https://evil.example/\",\"click\")";
    public const string SourceUrl = "https://example.org/a?b=1&c=2";

    public const string File = """
        ---
        title: "Hostile \"quotes\", </script><script>alert(1)</script> & café"
        summary: "Line one, with a comma\nline two: ñandú — <b>bold</b> & São Paulo"
        countries: [BR]
        year: 2021
        themes: [health]
        partners:
          - name: "=cmd|' /C calc'!A0"
            sector: civil-society
            role: "+SUM(1,2); then -2"
        coproduction:
          level: collective
          phases: [co-assessment]
          note: "-starts with a minus"
        beneficiaries:
          direct: ["@mention, with a comma"]
        data:
          gaps: "=HYPERLINK(\"https://evil.example/\",\"click\")"
        sources:
          - label: "Source \"quoted\""
            url: "https://example.org/a?b=1&c=2"
        last_reviewed: 2026-03-01
        ---
        ## What it does

        It tests every format.
        """;
}
