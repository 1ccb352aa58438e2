using System.Globalization;
using Portfolio.Model;
using Portfolio.Rendering;

namespace Portfolio.OpenData;

/// <summary>Builds the view of the Data page from the same model and data set description as the files.</summary>
public static class DataPage
{
    public static DataPageView View(Site site, UiText text, DateOnly? buildDate)
    {
        var urls = new Urls(site.Settings.BaseUrl);
        var dataset = DatasetInfo.Of(site, urls, text, buildDate);
        var example = site.Cases.IsEmpty ? null : DatasetInfo.CasePath(site.Cases[0].Slug);
        return new DataPageView(
            site.Cases.Length,
            [
                new(DatasetInfo.JsonPath, "cases.json", "JSON", text["data.json_description"]),
                new(DatasetInfo.CsvPath, "cases.csv", "CSV", text["data.csv_description"]),
                new(DatasetInfo.SchemaPath, "case.schema.json", "JSON Schema", text["data.schema_description"]),
            ],
            example,
            DatasetInfo.SchemaPath,
            [.. CaseCsv.Columns.Select(c => new DataColumn(c.Name, text["data.columns." + c.Name]))],
            site.Settings.Licence,
            dataset.BuildDate?.ToString("d MMMM yyyy", text.Culture),
            dataset.Citation);
    }
}
