using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// The pages with server-drawn maps and charts on a 320 px wide screen: no axe-core WCAG 2.1 AA violation, and the
/// map fits the screen.
/// </summary>
public sealed class MapPagesAccessibilityTests(PlatformHost host, ChromiumBrowser browser)
{
    public static TheoryData<string, string?> Pages => new()
    {
        { "/gemeinden", null },
        { "/gemeinden/09679180", null },
        { "/daten/spielplaetze-rimpar", "/daten/karten/" },
        { "/daten/einwohner-der-gemeinden", "/daten/tabellen/" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task the_map_and_chart_pages_have_no_wcag_aa_violations_at_320_pixels(string path, string? linkPrefix)
    {
        await using var context = await browser.NewContextAsync(host, "de-DE");
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(320, 800);
        await page.GotoAsync(path);
        if (linkPrefix is not null)
        {
            await page.Locator($"main a[href^='{linkPrefix}']").First.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(linkPrefix));
        }

        await StyleAssert.AllStylesheetsAppliedAsync(page);
        var figure = page.Locator("main figure svg").First;
        await Assertions.Expect(figure).ToBeVisibleAsync();
        var box = await figure.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.InRange(box.Width, 200, 320);
        await AxeAssert.NoWcagAaViolationsAsync(page);
    }
}
