using static Portfolio.Content.Schema.Fields;

namespace Portfolio.Content.Schema;

/// <summary>
/// The case file schema: the one definition behind validation, binding, translation files, the open data, the
/// JSON Schema, the scaffold and the field reference. Each field is a named member, so code that reads a field
/// names it (<c>CaseSchema.Title</c>), never writes its key.
/// </summary>
public static class CaseSchema
{
    public const int SummaryMaxLength = 280;

    public static readonly Field LinkLabel = Required("label", Text, "what the link is, as shown to readers");
    public static readonly Field LinkUrl = Required("url", Url, "the address; http(s) only");
    static readonly ObjectType Link = Object(LinkLabel, LinkUrl);

    public static readonly Field Title = Required("title", Text, "the project's name").Translated();
    public static readonly Field Summary = Required("summary", new TextType(SummaryMaxLength), "its objective in one sentence").Translated();
    public static readonly Field Countries = Required("countries", ListOf(new CountryType(), 1), "where it works, as ISO 3166-1 alpha-2 codes")
        .WithNames("country_names", "country_names");
    public static readonly Field Year = Optional("year", new IntegerType(1990, 2100), "the year the co-production started");
    public static readonly Field Programme = Optional("programme", Text, "the programme that supported it, e.g. Empatía");
    public static readonly Field Status = Optional("status", Vocabularies.Status, "where the project stands");
    public static readonly Field Themes = Required("themes", ListOf(new SlugType(SlugTarget.Theme), 1), "public-policy themes, from taxonomies.yml")
        .WithNames("theme_names", "theme_names");
    public static readonly Field Techniques = Optional("techniques", ListOf(new SlugType(SlugTarget.Technique)), "AI and data techniques, from taxonomies.yml")
        .WithNames("technique_names", "technique_names");

    public static readonly Field PartnerName = Required("name", Text, "the organisation").Translated();
    public static readonly Field PartnerSector = Required("sector", Vocabularies.Sector, "its sector");
    public static readonly Field PartnerRole = Optional("role", Text, "what it did in the project").Translated();
    public static readonly Field Partners = Required("partners", ListOf(Object(PartnerName, PartnerSector, PartnerRole), 1), "the organisations that co-produced it")
        .AsColumns(("partners", "name"), ("partner_sectors", "sector"));

    public static readonly Field Level = Required("level", Vocabularies.Level, "Nabatchi et al. (2017): who co-produces")
        .WithNames("coproduction_level_name", "level_name");
    public static readonly Field Phases = Required("phases", ListOf(Vocabularies.Phase, 1), "Nabatchi et al. (2017): in which phases of the service cycle")
        .WithNames("coproduction_phase_names", "phase_names").WithMatrixCells("matrix_cells");
    public static readonly Field Note = Optional("note", Text, "why the case sits there").Translated();
    public static readonly Field Coproduction = Required("coproduction", Object(Level, Phases, Note), "its place in the co-production matrix");

    public static readonly Field Direct = Required("direct", ListOf(Text, 1), "the intended users of the tool").Translated();
    public static readonly Field Indirect = Optional("indirect", ListOf(Text), "everyone else who benefits").Translated();
    public static readonly Field Beneficiaries = Required("beneficiaries", Object(Direct, Indirect), "who benefits");

    public static readonly Field SourceName = Required("name", Text, "the data set").Translated();
    public static readonly Field SourcePublisher = Optional("publisher", Text, "who publishes it").Translated();
    public static readonly Field SourceStandard = Optional("standard", Text, "the standard it follows, e.g. OCDS").Translated();
    public static readonly Field SourceFrequency = Optional("update_frequency", Text, "how often it is updated").Translated();
    public static readonly Field SourceUrl = Optional("url", Url, "where to find it");
    public static readonly Field DataSources = Optional("sources", ListOf(Object(SourceName, SourcePublisher, SourceStandard, SourceFrequency, SourceUrl)), "the data the tool uses")
        .AsColumns(("data_sources", "name"));
    public static readonly Field Gaps = Optional("gaps", Text, "what data is missing").Translated();
    public static readonly Field Harms = Optional("harms", Text, "who the data could harm, and how that is avoided").Translated();
    public static readonly Field Data = Optional("data", Object(DataSources, Gaps, Harms), "the data behind the tool");

    public static readonly Field Capacity = Optional("capacity", Vocabularies.Rating, "the public partner's capacity");
    public static readonly Field Willingness = Optional("willingness", Vocabularies.Rating, "the public partner's willingness");
    public static readonly Field Partnership = Optional("partnership", Object(Capacity, Willingness), "the public partner, as in the capacity and willingness matrix");

    public static readonly Field Illustrates = Optional("illustrates", ListOf(new SlugType(SlugTarget.GuideStep)), "guide steps this case is an example for");
    public static readonly Field Links = Optional("links", ListOf(Link), "the project's own site, code or documents").AsColumns(("links", "url"));
    public static readonly Field Sources = Required("sources", ListOf(Link, 1), "public sources for the facts on the page").AsColumns(("sources", "url"));
    public static readonly Field LastReviewed = Optional("last_reviewed", Date, "when the facts were last checked");
    public static readonly Field Draft = Optional("draft", TrueOrFalse, "true keeps the case out of the site unless built with --drafts").NotInCsv();

    public static readonly ObjectType Root = Object(
        Title, Summary, Countries, Year, Programme, Status, Themes, Techniques, Partners, Coproduction, Beneficiaries,
        Data, Partnership, Illustrates, Links, Sources, LastReviewed, Draft);
}
