using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA) on the states of shell pages a crawl does not reach, such as a form with its error
/// summary; every page as it opens is checked by <see cref="SiteCrawlTests"/> in both languages at both widths.
/// </summary>
public sealed class ShellAccessibilityTests(PlatformHost host, ChromiumBrowser browser)
{
    [Fact]
    public async Task the_barrier_form_with_its_error_summary_has_no_wcag_aa_violations()
    {
        await using var context = await browser.NewContextAsync(host, "de-DE");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/barriere-melden");

        await page.Locator("main button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator(".sr-error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("textarea[aria-invalid=true]")).ToHaveCountAsync(1);
        await StyleAssert.AllStylesheetsAppliedAsync(page);
        await AxeAssert.NoWcagAaViolationsAsync(page);
    }
}
