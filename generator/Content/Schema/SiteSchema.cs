using static Portfolio.Content.Schema.Fields;

namespace Portfolio.Content.Schema;

/// <summary>The schema of <c>content/data/site.yml</c>: the site's title, address, languages, licence and source.</summary>
public static class SiteSchema
{
    public static readonly Field Title = Required("title", Text, "the site title").Translated();
    public static readonly Field Tagline = Required("tagline", Text, "a line under the title").Translated();
    public static readonly Field Description = Required("description", new TextType(300), "the default meta description").Translated();
    public static readonly Field BaseUrl = Required("base_url", Url, "where the site is published, ending in /");
    public static readonly Field RepositoryUrl = Optional("repository_url", Url, "the repository, for 'edit this page' links");
    public static readonly Field DefaultBranch = Optional("default_branch", Text, "the branch edit links point at");
    public static readonly Field Language = Required("language", Vocabularies.Language, "the language of the content");
    public static readonly Field Translations = Optional("translations", ListOf(Vocabularies.Language),
        "the other languages the site is published in, each an edition under its own path (/es/, /pt/)");

    public static readonly Field LicenceName = Required("name", Text, "the name");
    public static readonly Field LicenceUrl = Required("url", Url, "its address");
    public static readonly Field Licence = Required("licence", Object(LicenceName, LicenceUrl), "the licence of the text");

    public static readonly Field SourceTitle = Required("title", Text, "the source guide's title");
    public static readonly Field SourceAuthors = Required("authors", ListOf(Text, 1), "its authors");
    public static readonly Field SourcePublisher = Required("publisher", Text, "its publisher").Translated();
    public static readonly Field SourceProgramme = Optional("programme", Text, "the programme");
    public static readonly Field SourceIllustrator = Optional("illustrator", Text, "its illustrator");
    public static readonly Field SourceYear = Required("year", Text, "when it was published");
    public static readonly Field SourceUrl = Required("url", Url, "where to read it");
    public static readonly Field Source = Required("source", Object(SourceTitle, SourceAuthors, SourcePublisher, SourceProgramme, SourceIllustrator, SourceYear, SourceUrl),
        "the publication the content comes from");

    public static readonly Field FeaturedCases = Optional("featured_cases", ListOf(new SlugType(SlugTarget.Case)), "cases shown on the home page");

    public static readonly ObjectType Root = Object(Title, Tagline, Description, BaseUrl, RepositoryUrl, DefaultBranch, Language, Translations, Licence, Source, FeaturedCases);
}
