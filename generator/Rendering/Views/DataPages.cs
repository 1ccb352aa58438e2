using Portfolio.Model;

namespace Portfolio.Rendering.Views;

/// <summary>Builds the view of the Data page from the same model and data set description as the files.</summary>
public static class DataPages
{
    public static DataPageView View(Site site, UiText text, DatasetInfo dataset)
    {
        var example = site.Cases.IsEmpty ? null : DatasetInfo.CasePath(site.Cases[0].Slug);
        return new DataPageView(
            site.Cases.Length,
            [
                new(DatasetInfo.JsonPath, "cases.json", "JSON", text["data.json_description"]),
                new(DatasetInfo.CsvPath, "cases.csv", "CSV", text["data.csv_description"]),
                new(DatasetInfo.SchemaPath, "case.schema.json", "JSON Schema", text["data.schema_description"]),
                new(DatasetInfo.LabelsPath, "labels.json", "JSON", text["data.labels_title"]),
            ],
            example,
            DatasetInfo.SchemaPath,
            [.. CaseTable.Columns.Select(c => new DataColumn(c.Name, text["data.columns." + c.Name]))],
            site.Settings.Licence,
            dataset.BuildDate?.ToString(text.DateFormat, text.Culture),
            dataset.Citation);
    }
}
