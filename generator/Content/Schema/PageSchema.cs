using static Portfolio.Content.Schema.Fields;

namespace Portfolio.Content.Schema;

/// <summary>The schema of a free page, <c>content/pages/slug.md</c>.</summary>
public static class PageSchema
{
    public static readonly ObjectType Root = Object(
        Required("title", Text, "the page title"),
        Required("summary", new TextType(280), "one sentence, used as the description"),
        Optional("last_reviewed", Date, "when the text was last checked"));
}
