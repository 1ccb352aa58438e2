using System.Globalization;
using System.Text.Json;
using Portfolio.Model;

namespace Portfolio.OpenData;

/// <summary>
/// Writes one case as a JSON object: its <c>slug</c> and absolute <c>url</c>, then every field of the
/// case file under the same snake_case name and in the schema's order (optional values that the file
/// leaves out are left out; lists are always present), then a <c>derived</c> object with the names and
/// matrix cells computed from the codes. Without <c>slug</c>, <c>url</c> and <c>derived</c>, the object
/// is a valid case file front matter.
/// </summary>
public static class CaseJson
{
    public static void Write(Utf8JsonWriter json, CaseFile c, string url, CaseLabels labels)
    {
        json.WriteStartObject();
        json.WriteString("slug", c.Slug);
        json.WriteString("url", url);
        json.WriteString("title", c.Title);
        json.WriteString("summary", c.Summary);
        Strings(json, "countries", c.Countries);
        if (c.Year is { } year)
        {
            json.WriteNumber("year", year);
        }

        Optional(json, "programme", c.Programme);
        Optional(json, "status", c.Status);
        Strings(json, "themes", c.Themes);
        Strings(json, "techniques", c.Techniques);
        json.WriteStartArray("partners");
        foreach (var partner in c.Partners)
        {
            json.WriteStartObject();
            json.WriteString("name", partner.Name);
            json.WriteString("sector", partner.Sector);
            Optional(json, "role", partner.Role);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("coproduction");
        json.WriteString("level", c.Coproduction.Level);
        Strings(json, "phases", c.Coproduction.Phases);
        Optional(json, "note", c.Coproduction.Note);
        json.WriteEndObject();
        json.WriteStartObject("beneficiaries");
        Strings(json, "direct", c.Beneficiaries.Direct);
        Strings(json, "indirect", c.Beneficiaries.Indirect);
        json.WriteEndObject();
        Data(json, c.Data);
        Partnership(json, c.Partnership);
        Strings(json, "illustrates", c.Illustrates);
        Links(json, "links", c.Links);
        Links(json, "sources", c.Sources);
        if (c.LastReviewed is { } reviewed)
        {
            json.WriteString("last_reviewed", reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (c.Draft)
        {
            json.WriteBoolean("draft", true);
        }

        Derived(json, labels);
        json.WriteEndObject();
    }

    static void Data(Utf8JsonWriter json, CaseData? data)
    {
        if (data is null)
        {
            return;
        }

        json.WriteStartObject("data");
        json.WriteStartArray("sources");
        foreach (var source in data.Sources)
        {
            json.WriteStartObject();
            json.WriteString("name", source.Name);
            Optional(json, "publisher", source.Publisher);
            Optional(json, "standard", source.Standard);
            Optional(json, "update_frequency", source.UpdateFrequency);
            Optional(json, "url", source.Url);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Optional(json, "gaps", data.Gaps);
        Optional(json, "harms", data.Harms);
        json.WriteEndObject();
    }

    static void Partnership(Utf8JsonWriter json, Partnership? partnership)
    {
        if (partnership is null)
        {
            return;
        }

        json.WriteStartObject("partnership");
        Optional(json, "capacity", partnership.Capacity);
        Optional(json, "willingness", partnership.Willingness);
        json.WriteEndObject();
    }

    static void Derived(Utf8JsonWriter json, CaseLabels labels)
    {
        json.WriteStartObject("derived");
        Strings(json, "country_names", labels.CountryNames);
        json.WriteString("level_name", labels.LevelName);
        Strings(json, "phase_names", labels.PhaseNames);
        Strings(json, "matrix_cells", labels.MatrixCells);
        Strings(json, "theme_names", labels.ThemeNames);
        Strings(json, "technique_names", labels.TechniqueNames);
        json.WriteEndObject();
    }

    static void Links(Utf8JsonWriter json, string name, IEnumerable<Link> links)
    {
        json.WriteStartArray(name);
        foreach (var link in links)
        {
            json.WriteStartObject();
            json.WriteString("label", link.Label);
            json.WriteString("url", link.Url);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
