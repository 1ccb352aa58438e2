using System.Globalization;
using System.Text;
using Portfolio.Content.Schema;
using Portfolio.Content.Yaml;

namespace Portfolio.Bench;

/// <summary>
/// Writes a benchmark corpus: <c>data/</c>, <c>guide/</c> and <c>pages/</c> copied from a real content
/// folder, its real cases, and synthetic cases up to the count asked for. Synthetic cases use only the
/// themes, techniques and guide steps of that content and the enums of <see cref="CaseSchema"/>, so the
/// corpus builds without errors. The same seed writes the same files.
/// </summary>
sealed class Corpus(CorpusOptions options)
{
    static readonly string[] Countries = ["AR", "BO", "BR", "CL", "CO", "CR", "DO", "EC", "GT", "HN", "MX", "PA", "PE", "PY", "SV", "UY"];
    static readonly string[] Places = ["Córdoba", "Valparaíso", "Medellín", "Cusco", "Montevideo", "Asunción", "Recife", "Oaxaca", "Rosario", "Quito"];
    static readonly string[] Services = ["water", "school meals", "bus routes", "clinic queues", "court records", "public tenders", "air alerts", "land titles", "flood warnings", "waste collection"];
    static readonly string[] Partners = ["Municipal Data Office", "Regional Health Service", "Civic Tech Collective", "University Data Lab", "Open Data Cooperative", "National Statistics Institute", "Neighbourhood Association", "Water Utility"];

    readonly Random random = new(options.Seed);

    public int Write()
    {
        foreach (var folder in new[] { "data", "guide", "pages" })
        {
            Copy(Path.Combine(options.From, folder), Path.Combine(options.Out, folder));
        }

        var cases = Path.Combine(options.Out, "cases");
        Directory.CreateDirectory(cases);
        var real = Directory.EnumerateFiles(Path.Combine(options.From, "cases"), "*.md").Order(StringComparer.Ordinal).Take(options.Cases).ToList();
        foreach (var file in real)
        {
            File.Copy(file, Path.Combine(cases, Path.GetFileName(file)), overwrite: true);
        }

        var (themes, techniques) = Taxonomies();
        var steps = Directory.EnumerateFiles(Path.Combine(options.From, "guide"), "*.md")
            .Select(f => Path.GetFileNameWithoutExtension(f)[3..]).Order(StringComparer.Ordinal).ToArray();
        for (var i = real.Count + 1; i <= options.Cases; i++)
        {
            var name = $"synthetic-{i.ToString("D4", CultureInfo.InvariantCulture)}";
            File.WriteAllText(Path.Combine(cases, name + ".md"), Case(i, themes, techniques, steps));
        }

        return options.Cases;
    }

    string Case(int number, string[] themes, string[] techniques, string[] steps)
    {
        var place = Pick(Places);
        var service = Pick(Services);
        var level = Pick([.. Vocabularies.Level.Values]);
        var text = new StringBuilder();
        text.Append("---\n").Append("# yaml-language-server: $schema=../../schema/case.schema.json\n");
        text.Append(CultureInfo.InvariantCulture, $"title: Synthetic case {number}, {service} in {place}\n");
        text.Append(CultureInfo.InvariantCulture, $"summary: A public body and its partners in {place} built a tool to plan {service} with open data and a simple model.\n");
        text.Append(CultureInfo.InvariantCulture, $"countries: [{string.Join(", ", Several(Countries, 1, 2))}]\n");
        text.Append(CultureInfo.InvariantCulture, $"year: {2015 + random.Next(11)}\n");
        text.Append(CultureInfo.InvariantCulture, $"status: {Pick([.. Vocabularies.Status.Values])}\n");
        text.Append(CultureInfo.InvariantCulture, $"themes: [{string.Join(", ", Several(themes, 1, 2))}]\n");
        text.Append(CultureInfo.InvariantCulture, $"techniques: [{string.Join(", ", Several(techniques, 0, 2))}]\n");
        text.Append("partners:\n");
        foreach (var partner in Several(Partners, 2, 3))
        {
            text.Append(CultureInfo.InvariantCulture, $"  - name: {partner} of {place}\n    sector: {Pick([.. Vocabularies.Sector.Values])}\n    role: Took part in the design and the pilot\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"coproduction:\n  level: {level}\n  phases: [{string.Join(", ", Several([.. Vocabularies.Phase.Values], 1, 2))}]\n");
        text.Append("  note: The partners decided together what the tool should do and who would run it.\n");
        text.Append(CultureInfo.InvariantCulture, $"beneficiaries:\n  direct: [Planners of {place}]\n  indirect: [Residents of {place}]\n");
        text.Append(CultureInfo.InvariantCulture, $"data:\n  sources:\n    - name: Records of {service}\n      publisher: Municipal Data Office of {place}\n      url: https://example.org/data/{number}\n");
        text.Append(CultureInfo.InvariantCulture, $"partnership:\n  capacity: {Pick(["high", "low"])}\n  willingness: {Pick(["high", "low"])}\n");
        text.Append(CultureInfo.InvariantCulture, $"illustrates: [{string.Join(", ", Several(steps, 0, 2))}]\n");
        text.Append(CultureInfo.InvariantCulture, $"sources:\n  - label: Project report {number}\n    url: https://example.org/reports/{number}\n");
        text.Append(CultureInfo.InvariantCulture, $"last_reviewed: 2026-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}\n");
        text.Append("---\n");
        foreach (var (heading, paragraph) in Body(place, service, level))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {heading}\n\n{paragraph}\n");
        }

        return text.ToString();
    }

    IEnumerable<(string, string)> Body(string place, string service, string level)
    {
        yield return ("The public problem", $"Officials in {place} planned {service} from old spreadsheets. Residents waited, and nobody could say where the service fell short. The **{level}** partnership set out to change that with the data already at hand.");
        yield return ("Who co-produced it, and how", $"The partners met every two weeks. Each meeting looked at one question about {service}: who is left out, which records can be trusted, and what a planner needs on a Monday morning.\n\n- Planners brought the questions.\n- Analysts brought the data.\n- Residents tested each version.");
        yield return ("The data", $"The tool reads the [records of {service}](https://example.org/) and a map of {place}. Gaps were written down in the open, with who could fill them.");
        yield return ("What the tool does", $"It ranks neighbourhoods by need for {service} and explains each ranking in plain words, so a planner can disagree with it.\n\n| Output | Used by |\n|---|---|\n| Weekly ranking | Planners |\n| Open table | Residents |");
        yield return ("What happened", $"The pilot ran for {3 + random.Next(10)} months. Planners used the ranking in {2 + random.Next(20)} decisions and changed it twice after residents pointed out mistakes.");
        yield return ("Lessons", "Start with a decision someone has to make, not with the data. Keep the model simple enough to explain in a meeting.");
    }

    (string[] Themes, string[] Techniques) Taxonomies()
    {
        var path = Path.Combine(options.From, "data", "taxonomies.yml");
        var root = YamlReader.Read(File.ReadAllText(path), path).Root as YamlMapping
            ?? throw new ArgumentException($"{path} could not be read");
        return (Slugs(root, "themes"), Slugs(root, "techniques"));
    }

    static string[] Slugs(YamlMapping taxonomies, string list) =>
        taxonomies[list] is YamlSequence sequence
            ? [.. sequence.Items.OfType<YamlMapping>().Select(m => m["slug"]).OfType<YamlScalar>().Select(s => s.Value)]
            : [];

    string Pick(string[] values) => values[random.Next(values.Length)];

    IEnumerable<string> Several(string[] values, int min, int max)
    {
        var count = Math.Min(values.Length, min + random.Next(max - min + 1));
        return values.OrderBy(_ => random.Next()).Take(count).Order(StringComparer.Ordinal);
    }

    static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
