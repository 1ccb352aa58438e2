using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Portfolio.BrowserTests;

/// <summary>
/// The whole guide in print (/guide/print/): every step with its boxes and matrices, the conclusion and the
/// references on one page, linked from /guide/; printed to PDF on A4 and Letter with nothing cut off at the edge.
/// When PORTFOLIO_SCREENSHOTS names a folder, the PDFs are saved there for a person to look at.
/// </summary>
[Collection(BrowserSite.Name)]
public sealed partial class GuidePrintTests(BuiltSite site, Chromium chromium, ITestOutputHelper output)
{
    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();

    [SkippableFact]
    public async Task The_guide_links_to_the_print_page_and_the_worksheet()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/guide/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Print or save as PDF" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(site.BaseUrl + "/guide/print/");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print or save as PDF" })).ToBeVisibleAsync();
        await page.GotoAsync(site.BaseUrl + "/guide/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Work through it on the worksheet" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.BaseUrl + "/guide/worksheet/");
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("A4", 210, "/guide/print/")]
    [InlineData("Letter", 215.9, "/guide/print/")]
    [InlineData("A4", 210, "/es/guide/print/")]
    public async Task The_printed_guide_has_every_step_and_nothing_is_cut_off(string format, double widthMm, string path)
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var step = await chromium.NewPageAsync();
        await step.GotoAsync(site.BaseUrl + path.Replace("print/", "", StringComparison.Ordinal));
        var titles = await step.Locator(".step-overview h2").AllInnerTextsAsync();
        var boxes = 0;
        foreach (var href in await step.Locator(".step-overview h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)"))
        {
            await step.GotoAsync(href);
            boxes += await step.Locator("main .box").CountAsync();
        }

        await step.Context.CloseAsync();

        // The printable width: the sheet less the page margins of guide-print.css (15 mm each side), at 96 px per inch.
        var printable = (int)Math.Floor((widthMm - 30) / 25.4 * 96);
        var page = await chromium.NewPageAsync(width: printable, height: 1000);
        await page.GotoAsync(site.BaseUrl + path);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.Equal(8, titles.Count);
        var printed = await page.Locator(".print-step > h2").AllInnerTextsAsync();
        Assert.Equal(titles, printed.Take(8));
        Assert.Equal(10, await page.Locator(".print-contents li").CountAsync());
        Assert.Equal(boxes, await page.Locator(".print-step .box").CountAsync());
        Assert.Equal(1, await page.Locator(".print-step .matrix").CountAsync());
        Assert.Equal(1, await page.Locator(".print-step .capacity-matrix").CountAsync());
        Assert.Equal("page", await page.Locator(".print-step").Nth(1).EvaluateAsync<string>("e => getComputedStyle(e).breakBefore"));
        Assert.Contains(" (http", await page.Locator(".print-step .prose a[href^='http']").First.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content"), StringComparison.Ordinal);
        var clipped = await page.EvaluateAsync<string[]>(
            """
            () => {
              const width = document.documentElement.clientWidth;
              return [...document.querySelectorAll("main *")]
                .filter(e => e.getClientRects().length > 0 && e.getBoundingClientRect().width > 2)
                .filter(e => e.getBoundingClientRect().right > width + 1 || (getComputedStyle(e).overflowX !== "visible" && e.scrollWidth > e.clientWidth + 1))
                .map(e => e.tagName + "." + e.className + ": " + (e.textContent || "").trim().slice(0, 40));
            }
            """);
        Assert.True(clipped.Length == 0, $"cut off at {printable}px:\n" + string.Join('\n', clipped.Take(10)));

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = format, PrintBackground = false });
        var pages = PageObject().Count(System.Text.Encoding.Latin1.GetString(pdf));
        output.WriteLine($"{path} on {format}: {pages} pages, {pdf.Length / 1024} KB");
        Assert.InRange(pages, 10, 200);
        if (Environment.GetEnvironmentVariable("PORTFOLIO_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, $"guide{path.Replace('/', '-').TrimEnd('-')}-{format}.pdf"), pdf);
        }

        await page.Context.CloseAsync();
    }
}
