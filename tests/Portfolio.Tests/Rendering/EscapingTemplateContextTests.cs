using Portfolio.Rendering;
using Scriban;
using Scriban.Runtime;

namespace Portfolio.Tests.Rendering;

public sealed class EscapingTemplateContextTests
{
    static string Render(string template, object value)
    {
        var context = new EscapingTemplateContext();
        context.PushGlobal(new ScriptObject { ["x"] = value });
        return Template.Parse(template).Render(context);
    }

    [Fact]
    public void Values_are_escaped_and_html_strings_are_not()
    {
        Assert.Equal("<p>&lt;b&gt;</p>", Render("<p>{{ x }}</p>", "<b>"));
        Assert.Equal("<p><b></p>", Render("<p>{{ x }}</p>", new HtmlString("<b>")));
    }

    [Fact]
    public void Long_pages_are_never_truncated()
    {
        // A list page of a large portfolio is longer than Scriban's default 1 MiB string limit.
        var text = new HtmlString(new string('a', 3_000_000));

        Assert.Equal(3_000_007, Render("<p>{{ x }}</p>", text).Length);
    }
}
