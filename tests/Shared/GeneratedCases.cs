using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Portfolio.Tests.Shared;

/// <summary>
/// Case files made up by tests that need a large portfolio: case <c>i</c> is always the same file. Countries, levels,
/// phases, themes and guide steps (the real content's) are mixed so that every list that grows with the portfolio
/// (the case index, countries, themes, beneficiaries, matrix cells, steps' examples) grows; the words are drawn from
/// short lists, so that pages compress as real text does, not as one sentence repeated. Shared by both test projects.
/// </summary>
public static class GeneratedCases
{
    static readonly string[] Countries = ["AR", "BR", "CL", "CO", "MX", "PE", "UY", "PY", "EC", "BO", "CR", "GT", "HN", "SV"];
    static readonly string[] Levels = ["individual", "group", "collective"];
    static readonly string[] Phases = ["co-commissioning", "co-design", "co-delivery", "co-assessment"];
    static readonly string[] Themes = ["transparency", "public-procurement", "justice", "access-to-information", "environment", "air-quality", "health", "water"];
    static readonly string[] Steps =
        ["identify-the-problem", "identify-stakeholders", "look-at-the-data", "find-technical-experts", "prototype", "develop-the-tool", "use-and-engage", "evaluate-usefulness"];

    static readonly string[] Subjects = ["The municipal team", "Volunteer analysts", "The partner university", "Neighbourhood groups", "The data office", "A small software firm", "Local journalists", "The project board"];
    static readonly string[] Verbs = ["reviewed", "cleaned", "mapped", "compared", "published", "tested", "labelled", "documented", "discussed", "prioritised"];
    static readonly string[] Objects = ["the monthly reports", "the open datasets", "the first prototype", "the complaint records", "the sensor readings", "the procurement notices", "the survey answers", "the public budget lines"];
    static readonly string[] Names = ["Mapa", "Observatorio", "Monitor", "Radar", "Alerta", "Tablero", "Brújula", "Faro"];
    static readonly string[] Topics = ["de Compras", "del Aire", "Escolar", "Hídrico", "de Salud", "Judicial", "de Presupuesto", "de Transporte"];
    static readonly string[] Places = ["Rosario", "Córdoba", "Recife", "Curitiba", "Valparaíso", "Temuco", "Medellín", "Cali", "Oaxaca", "Puebla", "Arequipa", "Cusco", "Salto", "Paysandú"];

    /// <summary>
    /// Case <paramref name="i"/>: the same for the same number. Its facets are spread by simple arithmetic; its words are
    /// drawn from short lists, so that pages compress as real text does, not as one sentence repeated.
    /// </summary>
    public static GeneratedCase Case(int i)
    {
        var random = new Random(i);
        string Pick(string[] words) => words[random.Next(words.Length)];
        var place = Pick(Places);
        var summary = $"{Pick(Subjects)} and public officials in {place} {Pick(Verbs)} {Pick(Objects)} and {Pick(Objects)} to improve a public service ({random.Next(100, 999)}).";
        var slug = $"generated-{i:D5}";
        string[] countries = i % 7 == 0 ? [Countries[i % Countries.Length], Countries[(i + 5) % Countries.Length]] : [Countries[i % Countries.Length]];
        var level = Levels[i % Levels.Length];
        string[] phases = i % 3 == 0 ? [Phases[i % 4], Phases[(i + 1) % 4]] : [Phases[i % 4]];
        string[] themes = [Themes[i % Themes.Length], .. i % 2 == 0 ? new[] { Themes[(i + 3) % Themes.Length] } : []];
        string[] steps = i % 5 == 0 ? [] : [Steps[i % Steps.Length]];
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"---\ntitle: {Pick(Names)} {Pick(Topics)} {place} {i}\nsummary: {summary}\n")
            .Append(CultureInfo.InvariantCulture, $"countries: [{string.Join(", ", countries)}]\nyear: {2015 + (i % 10)}\nthemes: [{string.Join(", ", themes)}]\n")
            .Append("partners:\n  - name: A public office\n    sector: government\n  - name: A civic group\n    sector: civil-society\n")
            .Append(CultureInfo.InvariantCulture, $"coproduction:\n  level: {level}\n  phases: [{string.Join(", ", phases)}]\n")
            .Append(CultureInfo.InvariantCulture, $"beneficiaries:\n  direct: [{Pick(Subjects)} of {place}]\n  indirect: [Residents of {place} district {random.Next(1, 90)}]\n")
            .Append(steps.Length == 0 ? "" : $"illustrates: [{steps[0]}]\n")
            .Append("sources:\n  - label: A public report\n    url: https://example.org/report\n---\n")
            .Append(CultureInfo.InvariantCulture, $"## What it does\n\n{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)} in {place}.\n\n| Data set | Publisher | Updated |\n|---|---|--:|\n| {Pick(Objects)} | {Pick(Subjects)} | monthly |\n");
        return new GeneratedCase(slug, [.. countries.Select(c => c.ToLowerInvariant())], level, [.. phases], [.. themes], [.. steps], text.ToString());
    }

    /// <summary>Writes cases 1 to <paramref name="count"/> into <paramref name="casesDir"/> and returns them.</summary>
    public static ImmutableArray<GeneratedCase> Write(string casesDir, int count)
    {
        Directory.CreateDirectory(casesDir);
        var cases = ImmutableArray.CreateBuilder<GeneratedCase>(count);
        for (var i = 1; i <= count; i++)
        {
            var generated = Case(i);
            cases.Add(generated);
            File.WriteAllText(Path.Combine(casesDir, generated.Slug + ".md"), generated.Text);
        }

        return cases.MoveToImmutable();
    }
}

/// <summary>A generated case file and what it is filed under.</summary>
public sealed record GeneratedCase(
    string Slug,
    ImmutableArray<string> Countries,
    string Level,
    ImmutableArray<string> Phases,
    ImmutableArray<string> Themes,
    ImmutableArray<string> Steps,
    string Text);
