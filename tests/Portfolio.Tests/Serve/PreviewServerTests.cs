using Portfolio.Tests.Shared;
using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Portfolio.Schema;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Serve;

public sealed class PreviewServerTests : IDisposable
{
    static readonly HtmlParser Html = new();
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    string Alpha => site.Read("content/cases/alpha.md");

    [Fact]
    public async Task Serves_the_built_site_with_the_reload_script_in_pages_only()
    {
        await using var serve = await ServeSession.StartAsync(site, listen: false);

        var (status, body) = await serve.GetAsync("/cases/alpha/");
        Assert.Equal(HttpStatusCode.OK, status);
        var page = Html.ParseDocument(body);
        Assert.Equal("Alpha", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/_serve/reload.js?v=1", page.QuerySelector("head script[src^='/_serve/']")!.GetAttribute("src"));
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));

        var (_, schema) = await serve.GetAsync("/schema/case.schema.json");
        Assert.Equal(CaseJsonSchema.Text, schema);
        var (scriptStatus, script) = await serve.GetAsync("/_serve/reload.js");
        Assert.Equal(HttpStatusCode.OK, scriptStatus);
        Assert.Contains("EventSource", script, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutputDir), "serve must not write the output folder");
    }

    [Fact]
    public async Task Page_address_without_slash_redirects_and_unknown_address_gets_the_404_page()
    {
        await using var serve = await ServeSession.StartAsync(site, listen: false);

        using var redirect = await serve.Http.GetAsync("/cases/alpha?x=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/cases/alpha/?x=1", redirect.Headers.Location!.OriginalString);

        var (status, body) = await serve.GetAsync("/cases/omega/");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.NotNull(Html.ParseDocument(body).QuerySelector("head script[src^='/_serve/reload.js']"));

        using var post = await serve.Http.PostAsync("/", new StringContent(""));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task Saving_a_case_rebuilds_and_tells_open_pages_to_reload()
    {
        await using var serve = await ServeSession.StartAsync(site);

        site.Write("content/cases/alpha.md", Alpha.Replace("title: Alpha", "title: Alpha Renamed", StringComparison.Ordinal));

        var state = await serve.StateWhereAsync(ServeSession.Clean);
        Assert.Equal(2, state.GetProperty("version").GetInt32());
        var (_, body) = await serve.GetAsync("/cases/alpha/");
        Assert.Equal("Alpha Renamed", Html.ParseDocument(body).QuerySelector("h1")!.TextContent);
        Assert.Equal("/_serve/reload.js?v=2", Html.ParseDocument(body).QuerySelector("head script[src^='/_serve/']")!.GetAttribute("src"));
    }

    [Fact]
    public async Task Content_error_is_sent_with_file_and_line_while_the_last_good_site_stays_and_fixing_it_clears_it()
    {
        await using var serve = await ServeSession.StartAsync(site);
        var good = Alpha;

        site.Write("content/cases/alpha.md", good.Replace("title: Alpha", "title: Alpha Broken", StringComparison.Ordinal)
            .Replace("  level: group", "  level: grup", StringComparison.Ordinal));

        var broken = await serve.StateWhereAsync(s => s.GetProperty("errors").GetArrayLength() == 1
            && s.GetProperty("errors")[0].GetProperty("code").GetString() == "PF1004");
        Assert.Equal(1, broken.GetProperty("version").GetInt32());
        var error = Assert.Single(broken.GetProperty("errors").EnumerateArray());
        Assert.Equal("content/cases/alpha.md", error.GetProperty("file").GetString());
        Assert.Equal(Line(good, "  level: group"), error.GetProperty("line").GetInt32());
        Assert.Equal("PF1004", error.GetProperty("code").GetString());
        Assert.Contains("'grup'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("Alpha", Html.ParseDocument((await serve.GetAsync("/cases/alpha/")).Body).QuerySelector("h1")!.TextContent);

        site.Write("content/cases/alpha.md", good);

        var fixedState = await serve.StateWhereAsync(ServeSession.Clean);
        Assert.Equal(1, fixedState.GetProperty("version").GetInt32()); // the same site as before: nothing to reload
    }

    [Fact]
    public async Task Half_written_files_are_reported_and_never_stop_the_server()
    {
        await using var serve = await ServeSession.StartAsync(site);
        var good = Alpha;

        foreach (var partial in new[] { good[..40], "", "---\ntitle: Alpha\nsummary: [unclosed\n---\n" })
        {
            site.Write("content/cases/alpha.md", partial);
            var state = await serve.NextStateAsync();
            Assert.NotEqual(0, state.GetProperty("errors").GetArrayLength());
            Assert.Equal(HttpStatusCode.OK, (await serve.GetAsync("/cases/alpha/")).Status);
        }

        site.WriteBytes("content/cases/alpha.md", [.. Encoding.UTF8.GetBytes(good[..60]), 0xC3]);
        await serve.StateWhereAsync(s => s.GetProperty("errors").EnumerateArray().Any(e => e.GetProperty("code").GetString() == "PF0002"));

        site.Delete("content/cases/alpha.md");
        await serve.NextStateAsync();
        site.Write("content/cases/alpha.md", good);
        await serve.StateWhereAsync(ServeSession.Clean);
        Assert.Equal("Alpha", Html.ParseDocument((await serve.GetAsync("/cases/alpha/")).Body).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Rebuild_parses_only_the_changed_file_and_reuses_the_compiled_theme()
    {
        await using var serve = await ServeSession.StartAsync(site);
        var cache = serve.Builder.Cache;
        var contentFiles = Directory.EnumerateFiles(site.ContentDir, "*", SearchOption.AllDirectories).Count();
        Assert.Equal(contentFiles, cache.Documents.FilesParsed);
        Assert.Equal(1, cache.Theme.Loads);

        SaveAtomically("content/cases/alpha.md", Alpha.Replace("title: Alpha", "title: Alpha Again", StringComparison.Ordinal));
        await serve.StateWhereAsync(s => ServeSession.Clean(s) && s.GetProperty("version").GetInt32() == 2);

        Assert.Equal(contentFiles + 1, cache.Documents.FilesParsed);
        Assert.Equal(1, cache.Theme.Loads);

        var css = Path.Combine("themes", "default", "assets", "css", "site.css");
        SaveAtomically(css, site.Read(css) + "\n.serve-test { color: red; }\n");
        await serve.StateWhereAsync(s => s.GetProperty("version").GetInt32() == 3);

        Assert.Equal(2, cache.Theme.Loads);
        Assert.Equal(contentFiles + 1, cache.Documents.FilesParsed);
    }

    [Fact]
    public async Task Editor_temporary_files_are_not_changes()
    {
        await using var serve = await ServeSession.StartAsync(site);

        site.Write("content/cases/.alpha.md.swp", "swap");
        site.Write("content/cases/alpha.md~", "backup");
        site.Write("content/cases/alpha.md", Alpha.Replace("title: Alpha", "title: Alpha Saved", StringComparison.Ordinal));
        await serve.StateWhereAsync(s => s.GetProperty("version").GetInt32() == 2);

        var changed = serve.Log.ToString().Split('\n').Where(l => l.StartsWith("Changed: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(changed);
        Every.Item(changed, line => Assert.Equal("Changed: content/cases/alpha.md", line.TrimEnd()));
    }

    [Fact]
    public async Task Until_the_first_build_succeeds_every_page_lists_the_errors()
    {
        site.Write("content/cases/alpha.md", Alpha.Replace("  level: group", "  level: grup", StringComparison.Ordinal));
        await using var serve = await ServeSession.StartAsync(site);

        var (status, body) = await serve.GetAsync("/cases/alpha/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var page = Html.ParseDocument(body);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        var item = Assert.Single(page.QuerySelectorAll("main li"));
        Assert.StartsWith("content/cases/alpha.md:", item.QuerySelector("code")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("'grup'", item.TextContent, StringComparison.Ordinal);

        site.Write("content/cases/alpha.md", Alpha.Replace("  level: grup", "  level: group", StringComparison.Ordinal));
        var state = await serve.StateWhereAsync(ServeSession.Clean);

        Assert.Equal(1, state.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await serve.GetAsync("/cases/alpha/")).Status);
    }

    /// <summary>Saves the way many editors do, by renaming a finished file over the old one, so no half-written version is ever seen.</summary>
    void SaveAtomically(string relativePath, string text)
    {
        var temporary = Path.Combine(site.Root, "save-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(temporary, text);
        File.Move(temporary, Path.Combine(site.Root, relativePath), overwrite: true);
    }

    static int Line(string text, string line) => Array.IndexOf(text.Split('\n'), line) + 1;
}
