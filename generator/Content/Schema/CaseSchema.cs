using static Portfolio.Content.Schema.Fields;

namespace Portfolio.Content.Schema;

/// <summary>The case file schema: the one definition behind validation, the JSON Schema and the field reference.</summary>
public static class CaseSchema
{
    public const int SummaryMaxLength = 280;

    public static readonly EnumType Status = OneOf("idea", "pilot", "active", "ended");
    public static readonly EnumType Sector = OneOf("government", "civil-society", "academia", "private", "multilateral");
    public static readonly EnumType Level = OneOf("individual", "group", "collective");
    public static readonly EnumType Phase = OneOf("co-commissioning", "co-design", "co-delivery", "co-assessment");
    public static readonly EnumType HighLow = OneOf("high", "low");

    static readonly ObjectType Link = Object(
        Required("label", Text, "what the link is, as shown to readers"),
        Required("url", Url, "the address; http(s) only"));

    public static readonly ObjectType Root = Object(
        Required("title", Text, "the project's name"),
        Required("summary", new TextType(SummaryMaxLength), "its objective in one sentence"),
        Required("countries", ListOf(new CountryType(), 1), "where it works, as ISO 3166-1 alpha-2 codes"),
        Optional("year", new IntegerType(1990, 2100), "the year the co-production started"),
        Optional("programme", Text, "the programme that supported it, e.g. Empatía"),
        Optional("status", Status, "where the project stands"),
        Required("themes", ListOf(new SlugType(Vocabulary.Theme), 1), "public-policy themes, from taxonomies.yml"),
        Optional("techniques", ListOf(new SlugType(Vocabulary.Technique)), "AI and data techniques, from taxonomies.yml"),
        Required("partners", ListOf(Object(
            Required("name", Text, "the organisation"),
            Required("sector", Sector, "its sector"),
            Optional("role", Text, "what it did in the project")), 1), "the organisations that co-produced it"),
        Required("coproduction", Object(
            Required("level", Level, "Nabatchi et al. (2017): who co-produces"),
            Required("phases", ListOf(Phase, 1), "Nabatchi et al. (2017): in which phases of the service cycle"),
            Optional("note", Text, "why the case sits there")), "its place in the co-production matrix"),
        Required("beneficiaries", Object(
            Required("direct", ListOf(Text, 1), "the intended users of the tool"),
            Optional("indirect", ListOf(Text), "everyone else who benefits")), "who benefits"),
        Optional("data", Object(
            Optional("sources", ListOf(Object(
                Required("name", Text, "the data set"),
                Optional("publisher", Text, "who publishes it"),
                Optional("standard", Text, "the standard it follows, e.g. OCDS"),
                Optional("update_frequency", Text, "how often it is updated"),
                Optional("url", Url, "where to find it"))), "the data the tool uses"),
            Optional("gaps", Text, "what data is missing"),
            Optional("harms", Text, "who the data could harm, and how that is avoided")), "the data behind the tool"),
        Optional("partnership", Object(
            Optional("capacity", HighLow, "the public partner's capacity"),
            Optional("willingness", HighLow, "the public partner's willingness")), "the public partner, as in the capacity and willingness matrix"),
        Optional("illustrates", ListOf(new SlugType(Vocabulary.GuideStep)), "guide steps this case is an example for"),
        Optional("links", ListOf(Link), "the project's own site, code or documents"),
        Required("sources", ListOf(Link, 1), "public sources for the facts on the page"),
        Optional("last_reviewed", Date, "when the facts were last checked"),
        Optional("draft", TrueOrFalse, "true keeps the case out of the site unless built with --drafts"));
}
