using static Portfolio.Content.Schema.Fields;

namespace Portfolio.Content.Schema;

/// <summary>The schemas of the files in <c>content/data/</c>, by file name.</summary>
public static class DataSchemas
{
    static readonly ObjectType NamedLink = Object(
        Required("name", Text, "the organisation"),
        Required("url", Url, "its site"));

    public static readonly ObjectType Site = Object(
        Required("title", Text, "the site title"),
        Required("tagline", Text, "a line under the title"),
        Required("description", new TextType(300), "the default meta description"),
        Required("base_url", Url, "where the site is published, ending in /"),
        Optional("repository_url", Url, "the repository, for 'edit this page' links"),
        Optional("default_branch", Text, "the branch edit links point at"),
        Required("language", OneOf("en", "es", "pt"), "the language of the content"),
        Required("licence", NamedLinkOf("name"), "the licence of the text"),
        Required("source", Object(
            Required("title", Text, "the source guide's title"),
            Required("authors", ListOf(Text, 1), "its authors"),
            Required("publisher", Text, "its publisher"),
            Optional("programme", Text, "the programme"),
            Optional("illustrator", Text, "its illustrator"),
            Required("year", Text, "when it was published"),
            Required("url", Url, "where to read it")), "the publication the content comes from"),
        Optional("featured_cases", ListOf(new SlugType(Vocabulary.Case)), "cases shown on the home page"));

    static ObjectType NamedLinkOf(string nameField) => Object(
        Required(nameField, Text, "the name"),
        Required("url", Url, "its address"));

    static readonly ObjectType Term = Object(
        Required("slug", Slug, "the identifier used in case files"),
        Required("name", Text, "the name shown to readers"),
        Optional("description", Text, "one sentence"));

    public static readonly ObjectType Taxonomies = Object(
        Required("themes", ListOf(Term, 1), "the themes cases can have"),
        Required("techniques", ListOf(Term), "the techniques cases can use"));

    public static readonly ObjectType Programme = Object(
        Required("call", Object(
            Required("year", new IntegerType(1990, 2100), "the year of the open call"),
            Optional("season", Text, "when in the year"),
            Required("proposals", new IntegerType(0, 1_000_000), "proposals received"),
            Required("selected", new IntegerType(0, 1_000_000), "projects selected"),
            Required("by_sector", ListOf(Object(
                Required("sector", CaseSchema.Sector, "applicant sector"),
                Required("label", Text, "as shown"),
                Required("percent", new IntegerType(0, 100), "share of proposals, in per cent")), 1), "proposals by applicant sector"),
            Optional("by_sector_note", Text, "a note shown under the sector chart, e.g. where the source's figures do not add up"),
            Required("by_topic", ListOf(Object(
                Required("slug", Slug, "identifier"),
                Required("label", Text, "as shown"),
                Required("proposals", new IntegerType(0, 1_000_000), "number of proposals")), 1), "proposals by topic"),
            Optional("by_topic_note", Text, "a note shown under the topic chart, e.g. where the source's figures do not add up")), "the open call"),
        Required("evidence", ListOf(Object(
            Required("label", Text, "kind of document"),
            Required("count", new IntegerType(0, 100_000), "how many")), 1), "the evidence the guide drew on"),
        Optional("funders", ListOf(NamedLink), "who funded the programme"),
        Optional("organisers", ListOf(NamedLink), "who ran it"));

    public static readonly ObjectType Matrices = Object(
        Required("capacity_willingness", Object(
            Optional("figure", new IntegerType(1, 99), "figure number in the source guide"),
            Required("source", Text, "where the matrix comes from"),
            Required("description", Text, "what it shows"),
            Required("cells", ListOf(Object(
                Required("capacity", CaseSchema.HighLow, "capacity"),
                Required("willingness", CaseSchema.HighLow, "willingness"),
                Required("outcome", OneOf("likely", "possible", "unlikely"), "how likely co-production is"),
                Required("description", Text, "what it means")), 4), "the four cells"),
            Optional("note", Text, "how the source uses the matrix, shown under it")), "capacity × willingness"),
        Required("nabatchi", Object(
            Required("source", Text, "the typology's source"),
            Required("description", Text, "what it shows"),
            Required("levels", ListOf(Definition(CaseSchema.Level), 3), "the three levels"),
            Optional("levels_note", Text, "where the level definitions come from, shown with them"),
            Required("phases", ListOf(Definition(CaseSchema.Phase), 4), "the four phases")), "the co-production typology"),
        Required("beneficiaries", Object(
            Required("direct", Text, "definition of direct beneficiaries"),
            Required("indirect", Text, "definition of indirect beneficiaries")), "beneficiary definitions"));

    static ObjectType Definition(EnumType slugs) => Object(
        Required("slug", slugs, "identifier"),
        Required("name", Text, "as shown"),
        Required("definition", Text, "what it means"));

    /// <summary>The schema for a data file name, or null for a file the generator does not know.</summary>
    public static ObjectType? For(string name) => name switch
    {
        "site" => Site,
        "taxonomies" => Taxonomies,
        "programme" => Programme,
        "matrices" => Matrices,
        _ => null,
    };
}
