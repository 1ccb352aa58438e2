using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Portfolio.Diagnostics;
using Portfolio.Model;
using Portfolio.Output;
using Portfolio.Rendering;

namespace Portfolio.OpenData;

/// <summary>
/// Publishes the portfolio as open data: <c>/data/cases.json</c> (every case, with the data set's
/// licence, date and citation), <c>/data/cases.csv</c> (one row per case) and
/// <c>/data/cases/&lt;slug&gt;.json</c> (one case per file). All three come from the same model as the pages.
/// </summary>
public sealed class OpenDataProducer : IOutputProducer
{
    public string Name => "open data";

    /// <summary>The version of the layout of the JSON files; it changes only when a field changes meaning or goes away.</summary>
    public const string SchemaVersion = "1.0";

    public ImmutableArray<OutputFile> Produce(Site site, RenderContext context, ImmutableArray<RenderedPage> pages, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var dataset = context.Dataset;
        var rows = site.Cases.Select(c => new CaseRow(c, context.Urls.Absolute(Urls.Case(c.Slug)))).ToImmutableArray();
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        files.Add(new OutputFile(Urls.OutputPath(DatasetInfo.JsonPath), JsonOutput.Write(json =>
        {
            Envelope(json, dataset, dataset.JsonUrl);
            json.WriteStartArray("cases");
            foreach (var row in rows)
            {
                CaseJson.Write(json, row);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        })));
        files.Add(new OutputFile(Urls.OutputPath(DatasetInfo.CsvPath), CaseCsv.Write(rows)));
        var perCase = new OutputFile[rows.Length];
        Parallel.For(0, rows.Length, i =>
        {
            var row = rows[i];
            var path = DatasetInfo.CasePath(row.Case.Slug);
            byte[] Make() => JsonOutput.Write(json =>
            {
                Envelope(json, dataset, context.Urls.Absolute(path));
                json.WritePropertyName("case");
                CaseJson.Write(json, row);
                json.WriteEndObject();
            });
            perCase[i] = new OutputFile(Urls.OutputPath(path), context.Memory is { } memory ? memory.CaseFile(path, row.Case, Make) : Make());
        });
        files.AddRange(perCase);
        files.Add(new OutputFile(Urls.OutputPath(DatasetInfo.LabelsPath), Labels(site, context)));
        return files.ToImmutable();
    }

    /// <summary>
    /// <c>/data/labels.json</c>: the data set is the same for every edition (codes and slugs); this file gives the
    /// names each edition shows for them, by language and by group: <c>{"es": {"country": {"UY": "Uruguay"}, …}}</c>.
    /// </summary>
    static byte[] Labels(Site site, RenderContext context)
    {
        var editions = context.Editions.IsDefaultOrEmpty ? [new EditionContext(site, context.Text, context.Urls)] : context.Editions;
        return JsonOutput.Write(json =>
        {
            Envelope(json, context.Dataset, context.Urls.Absolute(DatasetInfo.LabelsPath));
            json.WriteStartObject("labels");
            foreach (var edition in editions)
            {
                json.WriteStartObject(edition.Language);
                foreach (var taxon in Enum.GetValues<Taxon>())
                {
                    json.WriteStartObject(Facets.Key(taxon));
                    foreach (var term in edition.Site.Cases.SelectMany(c => c.Under(taxon)).DistinctBy(t => t.Slug).OrderBy(t => t.Slug, StringComparer.Ordinal))
                    {
                        json.WriteString(taxon == Taxon.Country ? term.Slug.ToUpperInvariant() : term.Slug, term.Name);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    /// <summary>Opens the top-level object and writes what every open-data file carries about itself.</summary>
    static void Envelope(Utf8JsonWriter json, DatasetInfo dataset, string url)
    {
        json.WriteStartObject();
        json.WriteString("schema_version", SchemaVersion);
        if (dataset.BuildDate is { } date)
        {
            json.WriteString("build_date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull("build_date");
        }

        json.WriteStartObject("licence");
        json.WriteString("name", dataset.Licence.Label);
        json.WriteString("url", dataset.Licence.Url);
        json.WriteEndObject();
        json.WriteString("citation", dataset.Citation);
        json.WriteString("url", url);
        json.WriteString("documentation", dataset.Url);
        json.WriteString("case_schema", dataset.SchemaUrl);
    }
}
