using static Portfolio.Content.Schema.Fields;

namespace Portfolio.Content.Schema;

/// <summary>The schema of <c>content/data/programme.yml</c>: the open call's figures and the evidence behind the guide.</summary>
public static class ProgrammeSchema
{
    public static readonly Field Year = Required("year", new IntegerType(1990, 2100), "the year of the open call");
    public static readonly Field Season = Optional("season", Text, "when in the year").Translated();
    public static readonly Field Proposals = Required("proposals", new IntegerType(0, 1_000_000), "proposals received");
    public static readonly Field Selected = Required("selected", new IntegerType(0, 1_000_000), "projects selected");

    public static readonly Field ShareSector = Required("sector", Vocabularies.Sector, "applicant sector");
    public static readonly Field ShareLabel = Required("label", Text, "as shown").Translated();
    public static readonly Field SharePercent = Required("percent", new IntegerType(0, 100), "share of proposals, in per cent");
    public static readonly Field BySector = Required("by_sector", ListOf(Object(ShareSector, ShareLabel, SharePercent), 1), "proposals by applicant sector");
    public static readonly Field BySectorNote = Optional("by_sector_note", Text, "a note shown under the sector chart, e.g. where the source's figures do not add up").Translated();

    public static readonly Field TopicSlug = Required("slug", Slug, "identifier");
    public static readonly Field TopicLabel = Required("label", Text, "as shown").Translated();
    public static readonly Field TopicProposals = Required("proposals", new IntegerType(0, 1_000_000), "number of proposals");
    public static readonly Field ByTopic = Required("by_topic", ListOf(Object(TopicSlug, TopicLabel, TopicProposals), 1), "proposals by topic");
    public static readonly Field ByTopicNote = Optional("by_topic_note", Text, "a note shown under the topic chart, e.g. where the source's figures do not add up").Translated();

    public static readonly Field Call = Required("call", Object(Year, Season, Proposals, Selected, BySector, BySectorNote, ByTopic, ByTopicNote), "the open call");

    public static readonly Field EvidenceLabel = Required("label", Text, "kind of document").Translated();
    public static readonly Field EvidenceCount = Required("count", new IntegerType(0, 100_000), "how many");
    public static readonly Field Evidence = Required("evidence", ListOf(Object(EvidenceLabel, EvidenceCount), 1), "the evidence the guide drew on");

    public static readonly Field OrganisationName = Required("name", Text, "the organisation").Translated();
    public static readonly Field OrganisationUrl = Required("url", Url, "its site");
    static readonly ObjectType Organisation = Object(OrganisationName, OrganisationUrl);
    public static readonly Field Funders = Optional("funders", ListOf(Organisation), "who funded the programme");
    public static readonly Field Organisers = Optional("organisers", ListOf(Organisation), "who ran it");

    public static readonly ObjectType Root = Object(Call, Evidence, Funders, Organisers);
}
