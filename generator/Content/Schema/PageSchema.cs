using static Portfolio.Content.Schema.Fields;

namespace Portfolio.Content.Schema;

/// <summary>The schema of a free page, <c>content/pages/slug.md</c>.</summary>
public static class PageSchema
{
    public static readonly Field Title = Required("title", Text, "the page title").Translated();
    public static readonly Field Summary = Required("summary", new TextType(280), "one sentence, used as the description").Translated();
    public static readonly Field LastReviewed = Optional("last_reviewed", Date, "when the text was last checked");

    public static readonly ObjectType Root = Object(Title, Summary, LastReviewed);
}
