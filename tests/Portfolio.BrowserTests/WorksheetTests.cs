using AngleSharp.Html.Parser;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portfolio.Pipeline;
using static Microsoft.Playwright.Assertions;

namespace Portfolio.BrowserTests;

/// <summary>
/// The worksheet (/guide/worksheet/): a reader fills it in, the answers survive a reload, problems show next to their
/// fields, and the exported case file is one the build accepts as a new case, in the matrix and the case index.
/// </summary>
[Collection(BrowserSite.Name)]
public sealed class WorksheetTests(BuiltSite site, Chromium chromium) : IDisposable
{
    const string Title = "Semáforo Hídrico de Prueba";
    const string Slug = "semaforo-hidrico-de-prueba";

    readonly string work = Path.Combine(Path.GetTempPath(), "portfolio-worksheet-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    async Task<IPage> Open(string path = "/guide/worksheet/", int width = 1280)
    {
        var page = await chromium.NewPageAsync(width: width);
        await page.GotoAsync(site.BaseUrl + path);
        await Expect(page.Locator("#worksheet[data-ready=true]")).ToHaveCountAsync(1);
        return page;
    }

    /// <summary>Fills every required field (and a few others) as a reader would: typing, choosing and ticking.</summary>
    static async Task FillRequired(IPage page)
    {
        await page.Locator("#ws-title").FillAsync(Title);
        await page.Locator("#ws-summary").FillAsync("A test project that warns a city's residents when their water supply is at risk, so they can plan ahead.");
        await page.Locator("#ws-countries-0-value").SelectOptionAsync("UY");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a country" }).ClickAsync();
        await page.Locator("#ws-countries-1-value").SelectOptionAsync("AR");
        await page.Locator("input[data-key=themes][value=water]").CheckAsync();
        await page.Locator("#ws-year").FillAsync("2024");
        await page.Locator("#ws-problem").FillAsync("Residents learn of water cuts too late.\n\nThe utility's data is <scattered> across # offices.");
        await page.Locator("#ws-partners-0-name").FillAsync("Municipal water office");
        await page.Locator("#ws-partners-0-sector").SelectOptionAsync("government");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a partner" }).ClickAsync();
        await page.Locator("#ws-partners-1-name").FillAsync("Open data lab");
        await page.Locator("#ws-partners-1-sector").SelectOptionAsync("civil-society");
        await page.Locator("#ws-partners-1-role").FillAsync("Builds the tool with the office's engineers.");
        await page.Locator("input[data-key=capacity][value=high]").CheckAsync();
        await page.Locator("#ws-data-sources-0-name").FillAsync("Daily reservoir levels");
        await page.Locator("#ws-data-sources-0-url").FillAsync("https://example.org/reservoirs");
        await page.Locator("input[data-key=level][value=group]").CheckAsync();
        await page.Locator("input[data-key=phases][value=co-design]").CheckAsync();
        await page.Locator("input[data-key=phases][value=co-delivery]").CheckAsync();
        await page.Locator("#ws-direct").FillAsync("Residents\nMunicipal water office");
        await page.Locator("#ws-evaluation").FillAsync("We will count the warnings that arrived before a cut.");
        await page.Locator("#ws-sources-0-label").FillAsync("The project's announcement");
        await page.Locator("#ws-sources-0-url").FillAsync("https://example.org/announcement");
    }

    [SkippableFact]
    public async Task A_filled_worksheet_exports_a_case_file_the_build_accepts_into_the_matrix_and_the_case_index()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open();
        await FillRequired(page);
        await Expect(page.Locator("#ws-slug")).ToHaveValueAsync(Slug);
        // Lines that Markdown would read as a code fence, a rule or a heading's underline stay text.
        await page.Locator("#ws-why").FillAsync("A first line\n---\n```\nnot code\n* * *");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the case file" }).ClickAsync());
        Assert.Equal(Slug + ".md", download.SuggestedFilename);
        await Expect(page.Locator("[data-error-summary]")).ToBeHiddenAsync();

        var content = CopyOfContent();
        var file = Path.Combine(content, "cases", Slug + ".md");
        await download.SaveAsAsync(file);
        var output = Path.Combine(work, "output");
        var result = new BuildPipeline(Producers.Default).Run(
            new BuildOptions(content, Path.Combine(BuiltSite.RepositoryRoot, "themes", "default"), output, BaseUrl: "http://127.0.0.1/"), write: true);

        Assert.True(result.Written && result.ErrorCount == 0 && result.WarningCount == 0,
            string.Join('\n', result.Diagnostics) + "\n" + await File.ReadAllTextAsync(file));
        var parser = new HtmlParser();
        var casePage = parser.ParseDocument(await File.ReadAllTextAsync(Path.Combine(output, "cases", Slug, "index.html")));
        Assert.Equal(Title, casePage.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(casePage.QuerySelectorAll("h2"), h => h.TextContent.Trim() == "The public problem");
        Assert.Contains("<scattered>", casePage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var body = casePage.QuerySelector("main .prose")!;
        Assert.Empty(body.QuerySelectorAll("pre, hr"));
        Assert.Contains(body.QuerySelectorAll("h2"), h => h.TextContent.Trim() == "What happened");
        var index = parser.ParseDocument(await File.ReadAllTextAsync(Path.Combine(output, "cases", "index.html")));
        Assert.NotNull(index.QuerySelector($"#case-list a[href='/cases/{Slug}/']"));
        var framework = parser.ParseDocument(await File.ReadAllTextAsync(Path.Combine(output, "framework", "index.html")));
        Assert.NotNull(framework.QuerySelector($"td#group-co-design a[href='/cases/{Slug}/']"));
        Assert.NotNull(framework.QuerySelector($"td#group-co-delivery a[href='/cases/{Slug}/']"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Propose_on_GitHub_opens_the_new_file_page_with_the_name_and_the_text_filled_in()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open();
        await FillRequired(page);
        await page.EvaluateAsync("() => { window.open = (url) => { window.openedUrl = url; return null; }; }");

        await page.GetByRole(AriaRole.Button, new() { Name = "Propose on GitHub" }).ClickAsync();

        var opened = await page.EvaluateAsync<string>("() => window.openedUrl");
        Assert.StartsWith($"https://github.com/empatia-portfolio/portfolio/new/main/content/cases?filename={Slug}.md&value=", opened, StringComparison.Ordinal);
        var value = Uri.UnescapeDataString(opened[(opened.IndexOf("&value=", StringComparison.Ordinal) + "&value=".Length)..]);
        Assert.StartsWith("---\n", value, StringComparison.Ordinal);
        Assert.Contains($"title: \"{Title}\"", value, StringComparison.Ordinal);
        await Expect(page.Locator("[data-result] a")).ToHaveAttributeAsync("href", opened);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_case_file_too_long_for_an_address_is_downloaded_with_a_link_to_the_empty_new_file_page()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open();
        await FillRequired(page);
        await page.Locator("#ws-development").FillAsync(string.Concat(Enumerable.Repeat("A long account of how the tool was built. ", 300)));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Propose on GitHub" }).ClickAsync());

        Assert.Equal(Slug + ".md", download.SuggestedFilename);
        await Expect(page.Locator("[data-result] a")).ToHaveAttributeAsync("href",
            $"https://github.com/empatia-portfolio/portfolio/new/main/content/cases?filename={Slug}.md");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Answers_survive_a_reload_and_start_over_clears_them()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open();
        await FillRequired(page);
        await page.WaitForTimeoutAsync(600);

        await page.ReloadAsync();
        await Expect(page.Locator("#worksheet[data-ready=true]")).ToHaveCountAsync(1);

        await Expect(page.Locator("#ws-title")).ToHaveValueAsync(Title);
        await Expect(page.Locator("#ws-countries-1-value")).ToHaveValueAsync("AR");
        await Expect(page.Locator("#ws-partners-1-role")).ToHaveValueAsync("Builds the tool with the office's engineers.");
        await Expect(page.Locator("input[data-key=phases][value=co-delivery]")).ToBeCheckedAsync();
        await Expect(page.Locator("td[data-cell=group-co-design]")).ToHaveClassAsync("picked");
        await Expect(page.Locator("[data-status]")).ToHaveTextAsync("Your answers from your last visit are back.");

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start over" }).ClickAsync();
        await Expect(page.Locator("#ws-title")).ToHaveValueAsync("");
        await Expect(page.Locator("#ws-countries-1-value")).ToHaveCountAsync(0);
        Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('portfolio-worksheet-v1')"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Problems_show_next_to_their_fields_in_a_summary_that_takes_focus_and_axe_finds_nothing()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open();
        await page.Locator("#ws-summary").FillAsync(new string('x', 281));
        await page.Locator("#ws-sources-0-url").FillAsync("ftp://example.org/file");
        await page.Locator("#ws-sources-0-url").BlurAsync();
        await Expect(page.Locator("#ws-sources-0-url-error")).ToHaveTextAsync("Write a web address that starts with https:// or http://.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Download the case file" }).ClickAsync();

        var summary = page.Locator("[data-error-summary]");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToBeFocusedAsync();
        await Expect(page.Locator("#ws-title-error")).ToHaveTextAsync("Fill this in.");
        await Expect(page.Locator("#ws-title")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#ws-summary-error")).ToHaveTextAsync("Too long: at most 280 characters (now 281).");
        await Expect(page.Locator("#ws-themes-error")).ToHaveTextAsync("Choose at least one.");
        await Expect(page.Locator("#ws-partners-error")).ToHaveTextAsync("Add at least one.");
        await Expect(page.Locator("#ws-level-error")).ToHaveTextAsync("Choose one of the options.");
        Assert.Contains("Fill this in.", await page.Locator("#ws-title").EvaluateAsync<string>("e => document.getElementById(e.getAttribute('aria-describedby').split(' ').pop()).textContent"), StringComparison.Ordinal);

        await summary.Locator("a").First.ClickAsync();
        await Expect(page.Locator("#ws-title")).ToBeFocusedAsync();
        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
        Assert.True(axe.Violations.Length == 0, string.Join('\n', axe.Violations.Select(v => $"{v.Id}: {v.Help} {string.Join(' ', v.Nodes.Select(n => n.Target))}")));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_Spanish_worksheet_speaks_Spanish_and_exports_the_headings_in_Spanish()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open("/es/guide/worksheet/");
        await page.EvaluateAsync("() => localStorage.clear()");
        await page.ReloadAsync();
        await Expect(page.Locator("#worksheet[data-ready=true]")).ToHaveCountAsync(1);
        await FillRequiredByIds(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Descargar la ficha de caso" }).ClickAsync());
        var path = Path.Combine(work, "es.md");
        Directory.CreateDirectory(work);
        await download.SaveAsAsync(path);

        Assert.Contains("\n## El problema público\n", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    static async Task FillRequiredByIds(IPage page)
    {
        await page.Locator("#ws-title").FillAsync(Title);
        await page.Locator("#ws-summary").FillAsync("Una prueba.");
        await page.Locator("#ws-countries-0-value").SelectOptionAsync("UY");
        await page.Locator("input[data-key=themes][value=water]").CheckAsync();
        await page.Locator("#ws-problem").FillAsync("Los cortes de agua llegan sin aviso.");
        await page.Locator("#ws-partners-0-name").FillAsync("Oficina municipal");
        await page.Locator("#ws-partners-0-sector").SelectOptionAsync("government");
        await page.Locator("input[data-key=level][value=group]").CheckAsync();
        await page.Locator("input[data-key=phases][value=co-design]").CheckAsync();
        await page.Locator("#ws-direct").FillAsync("Vecinos");
        await page.Locator("#ws-sources-0-label").FillAsync("Anuncio");
        await page.Locator("#ws-sources-0-url").FillAsync("https://example.org/anuncio");
    }

    [SkippableFact]
    public async Task The_worksheet_uses_the_step_pages_question_boxes()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open();
        var step = await chromium.NewPageAsync();
        await step.GotoAsync(site.BaseUrl + "/guide/identify-stakeholders/");

        var onStep = await step.Locator("main .box").EvaluateAllAsync<string[]>("boxes => boxes.map(b => b.innerText.trim())");
        var onWorksheet = await page.Locator("#step-2 .box").EvaluateAllAsync<string[]>("boxes => boxes.map(b => b.innerText.trim())");

        Assert.NotEmpty(onStep);
        Assert.Equal(onStep, onWorksheet);
        Assert.Equal(8, await page.Locator(".worksheet-step").CountAsync());
        await page.Context.CloseAsync();
        await step.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task On_a_phone_the_worksheet_fits_the_screen()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open(width: 390);
        await FillRequired(page);

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"the worksheet is {overflow}px wider than the screen");
        await page.Context.CloseAsync();
    }

    string CopyOfContent()
    {
        var source = Path.Combine(BuiltSite.RepositoryRoot, "content");
        var target = Path.Combine(work, "content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }
}
