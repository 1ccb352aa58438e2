using System.Collections.Immutable;
using System.Text;
using AngleSharp.Html.Parser;
using Portfolio.Diagnostics;
using Portfolio.Serve;
using Portfolio.Tests.Cli;

namespace Portfolio.Tests.Serve;

public sealed class ServeUnitTests
{
    [Theory]
    [InlineData("/site/content/cases/.ia2.md.swp", true)]
    [InlineData("/site/content/cases/ia2.md~", true)]
    [InlineData("/site/content/cases/4913", true)]
    [InlineData("/site/content/cases/#ia2.md#", true)]
    [InlineData("/site/content/.git/index", true)]
    [InlineData("/site/content/cases/ia2.md", false)]
    [InlineData("/site/themes/default/layouts/case.scriban", false)]
    public void Editor_droppings_are_ignored(string path, bool ignored) => Assert.Equal(ignored, ChangeWatcher.IsIgnored(path));

    [Fact]
    public void Reload_script_goes_into_the_head_of_a_page()
    {
        var html = Encoding.UTF8.GetBytes("<!doctype html><html><head><title>x</title></head><body><p>hi</p></body></html>");

        var page = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(PageInjector.WithReloadScript(html, 7)));

        Assert.Equal("/_serve/reload.js?v=7", page.Head!.QuerySelector("script")!.GetAttribute("src"));
        Assert.True(page.Head.QuerySelector("script")!.HasAttribute("defer"));
        Assert.Equal("hi", page.Body!.TextContent);
    }

    [Fact]
    public void State_message_is_one_server_sent_event_with_the_errors()
    {
        var error = Diagnostic.Error(Codes.NotInEnum, new SourceRange("content/cases/ia2.md", 14, 3), "bad <level>", "did you mean 'group'?");
        var state = new PreviewState(4, ImmutableDictionary<string, Output.OutputFile>.Empty, [error]);

        var message = ReloadHub.Message(state);

        Assert.StartsWith("event: state\ndata: {", message, StringComparison.Ordinal);
        Assert.EndsWith("}\n\n", message, StringComparison.Ordinal);
        Assert.Equal(2, message.Count(c => c == '\n') - 1); // no newline inside the data line
        using var json = System.Text.Json.JsonDocument.Parse(message.Split('\n')[1]["data: ".Length..]);
        Assert.Equal(4, json.RootElement.GetProperty("version").GetInt32());
        var sent = json.RootElement.GetProperty("errors")[0];
        Assert.Equal(("content/cases/ia2.md", 14, 3, "PF1004", "bad <level>", "did you mean 'group'?"),
            (sent.GetProperty("file").GetString(), sent.GetProperty("line").GetInt32(), sent.GetProperty("column").GetInt32(),
             sent.GetProperty("code").GetString(), sent.GetProperty("message").GetString(), sent.GetProperty("hint").GetString()));
    }

    [Fact]
    public void Problem_page_escapes_the_messages()
    {
        var error = Diagnostic.Error(Codes.YamlSyntax, new SourceRange("content/cases/x.md", 2, 1), "<script>alert(1)</script>");

        var page = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(ProblemPage.Render([error])));

        Assert.Empty(page.QuerySelectorAll("body script"));
        Assert.Equal("<script>alert(1)</script>", page.QuerySelector(".pfs-message")!.TextContent);
    }

    [Theory]
    [InlineData("--port", "abc")]
    [InlineData("--port", "0")]
    [InlineData("--port", "70000")]
    [InlineData("--prot", "8080")]
    [InlineData("now")]
    public void Bad_serve_arguments_exit_2(params string[] args)
    {
        var run = CliRun.Of(["serve", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("portfolio: ", run.Stderr, StringComparison.Ordinal);
    }
}
