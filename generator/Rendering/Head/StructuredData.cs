using System.Globalization;
using System.Text.Json.Nodes;
using Portfolio.Content.Documents;
using Portfolio.Model;

namespace Portfolio.Rendering.Head;

/// <summary>
/// The schema.org descriptions of the site's pages: a <c>Project</c> for each case, and the
/// <c>WebSite</c> and the portfolio as a <c>Dataset</c> (with its JSON and CSV downloads) for the home
/// and Data pages. Built from the same model as the pages and the open data files.
/// </summary>
public sealed class StructuredData(Site site, Urls urls, DatasetInfo dataset)
{
    const string Context = "https://schema.org";

    public JsonObject Project(Case model)
    {
        var c = model.File;
        var project = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "Project",
            ["@id"] = urls.Absolute(Urls.Case(c.Slug)) + "#project",
            ["name"] = c.Title,
            ["description"] = c.Summary,
            ["url"] = urls.Absolute(Urls.Case(c.Slug)),
            // The language of the name and description: the edition's where translated, the original's where not yet.
            ["inLanguage"] = c.Language ?? (site.Content.OriginalLanguage is { Length: > 0 } original ? original : site.Settings.Language),
            ["areaServed"] = Array(c.Countries.Select((code, i) => new JsonObject
            {
                ["@type"] = "Country",
                ["name"] = model.Countries[i].Name,
                ["identifier"] = code,
            })),
            ["member"] = Array(c.Partners.Select(p => Organization(p.Name, null, p.Role))),
        };
        if (Funders(c) is { Count: > 0 } funders)
        {
            project["funder"] = funders;
        }

        if (c.Year is { } year)
        {
            project["foundingDate"] = year.ToString(CultureInfo.InvariantCulture);
        }

        project["keywords"] = Array(model.Themes.Concat(model.Techniques).Select(k => JsonValue.Create(k.Name)));
        if (!c.Links.IsEmpty)
        {
            project["sameAs"] = Array(c.Links.Select(l => JsonValue.Create(l.Url)));
        }

        return project;
    }

    public JsonObject Home() => new()
    {
        ["@context"] = Context,
        ["@graph"] = new JsonArray(WebSite(), Dataset()),
    };

    public JsonObject DataPage()
    {
        var data = Dataset();
        data.Insert(0, "@context", Context);
        return data;
    }

    JsonObject WebSite() => new()
    {
        ["@type"] = "WebSite",
        ["@id"] = urls.Absolute(Urls.Home) + "#website",
        ["name"] = site.Settings.Title,
        ["description"] = site.Settings.Description,
        ["url"] = urls.Absolute(Urls.Home),
        ["inLanguage"] = site.Settings.Language,
        ["license"] = site.Settings.Licence.Url,
    };

    JsonObject Dataset()
    {
        var source = site.Settings.Source;
        var data = new JsonObject
        {
            ["@type"] = "Dataset",
            ["@id"] = dataset.Url + "#dataset",
            ["name"] = dataset.Name,
            ["description"] = dataset.Description,
            ["url"] = dataset.Url,
            ["inLanguage"] = site.Settings.Language,
            ["license"] = dataset.Licence.Url,
            ["isAccessibleForFree"] = true,
            ["creditText"] = dataset.Citation,
            ["isPartOf"] = new JsonObject { ["@id"] = urls.Absolute(Urls.Home) + "#website" },
            ["spatialCoverage"] = Array(site.Countries.Select(country => new JsonObject { ["@type"] = "Country", ["name"] = country.Name })),
            ["isBasedOn"] = new JsonObject
            {
                ["@type"] = "CreativeWork",
                ["name"] = source.Title,
                ["url"] = source.Url,
                ["author"] = Array(source.Authors.Select(a => new JsonObject { ["@type"] = "Person", ["name"] = a })),
                ["publisher"] = Organization(source.Publisher, null, null),
            },
            ["distribution"] = new JsonArray(Download("application/json", dataset.JsonUrl), Download("text/csv", dataset.CsvUrl)),
        };
        if (dataset.BuildDate is { } date)
        {
            data["dateModified"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return data;
    }

    /// <summary>The programme's funders (programme.yml) fund the cases of that programme, named in site.yml's source.</summary>
    JsonArray? Funders(CaseFile c) =>
        site.Content.Programme is { } programme && c.Programme is { } name && site.Settings.Source.Programme is { } funded
            && string.Equals(name, funded, StringComparison.OrdinalIgnoreCase)
            ? Array(programme.Funders.Select(f => Organization(f.Name, f.Url, null)))
            : null;

    static JsonObject Download(string format, string url) => new()
    {
        ["@type"] = "DataDownload",
        ["encodingFormat"] = format,
        ["contentUrl"] = url,
    };

    static JsonObject Organization(string name, string? url, string? description)
    {
        var organization = new JsonObject { ["@type"] = "Organization", ["name"] = name };
        if (url is not null)
        {
            organization["url"] = url;
        }

        if (description is not null)
        {
            organization["description"] = description;
        }

        return organization;
    }

    static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);
}
