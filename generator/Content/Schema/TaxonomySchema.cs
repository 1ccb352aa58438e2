using static Portfolio.Content.Schema.Fields;

namespace Portfolio.Content.Schema;

/// <summary>The schema of <c>content/data/taxonomies.yml</c>: the themes and techniques cases may use.</summary>
public static class TaxonomySchema
{
    public static readonly Field TermSlug = Required("slug", Slug, "the identifier used in case files");
    public static readonly Field TermName = Required("name", Text, "the name shown to readers").Translated();
    public static readonly Field TermDescription = Optional("description", Text, "one sentence").Translated();
    static readonly ObjectType Term = Object(TermSlug, TermName, TermDescription);

    public static readonly Field Themes = Required("themes", ListOf(Term, 1), "the themes cases can have");
    public static readonly Field Techniques = Required("techniques", ListOf(Term), "the techniques cases can use");

    public static readonly ObjectType Root = Object(Themes, Techniques);
}
