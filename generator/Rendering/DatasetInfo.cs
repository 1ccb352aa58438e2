using System.Globalization;
using Portfolio.Content.Documents;
using Portfolio.Model;

namespace Portfolio.Rendering;

/// <summary>
/// What describes the portfolio as a data set, shared by <c>cases.json</c>, the Data page and the
/// home page's JSON-LD: its name, landing page, file addresses, licence, date and citation.
/// </summary>
public sealed record DatasetInfo(
    string Name,
    string Description,
    string Url,
    string JsonUrl,
    string CsvUrl,
    string SchemaUrl,
    Link Licence,
    DateOnly? BuildDate,
    string Citation)
{
    public const string JsonPath = "/data/cases.json";
    public const string CsvPath = "/data/cases.csv";
    public const string SchemaPath = "/schema/case.schema.json";
    public const string LabelsPath = "/data/labels.json";
    public const string PagePath = "/data/";

    /// <summary>The per-case file: <c>/data/cases/ia2.json</c>.</summary>
    public static string CasePath(string slug) => $"/data/cases/{slug}.json";

    /// <summary>
    /// The build date is the one given on the command line, or else the latest <c>last_reviewed</c> of
    /// the cases: never the clock, so that the same content gives the same files.
    /// </summary>
    public static DateOnly? DateOf(Site site, DateOnly? buildDate) => buildDate ?? site.Cases.Select(c => c.File.LastReviewed).Max();

    public static DatasetInfo Of(Site site, Urls urls, UiText text, DateOnly? buildDate)
    {
        var settings = site.Settings;
        var date = DateOf(site, buildDate);
        var source = settings.Source;
        var citation = string.Format(text.Culture, text["data.citation"],
            settings.Title,
            date?.Year.ToString(CultureInfo.InvariantCulture) ?? source.Year,
            urls.Absolute(Urls.Home),
            settings.Licence.Label,
            string.Join(", ", source.Authors),
            source.Title,
            source.Publisher,
            source.Year);
        // A source dated "n.d." already ends with the citation's full stop.
        citation = citation.EndsWith("..", StringComparison.Ordinal) ? citation[..^1] : citation;
        return new DatasetInfo(
            string.Format(text.Culture, text["data.dataset_name"], settings.Title),
            text["data.description"],
            urls.Absolute(PagePath),
            urls.Absolute(JsonPath),
            urls.Absolute(CsvPath),
            urls.Absolute(SchemaPath),
            settings.Licence,
            date,
            citation);
    }
}
