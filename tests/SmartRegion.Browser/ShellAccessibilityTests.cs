using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>axe-core (WCAG 2.0/2.1 A and AA) on every shell page, in German and in English.</summary>
public sealed class ShellAccessibilityTests(PlatformHost host, ChromiumBrowser browser)
{
    [Theory]
    [MemberData(nameof(ShellPages.All), MemberType = typeof(ShellPages))]
    public async Task every_shell_page_has_no_wcag_aa_violations_in_german(string path)
    {
        await using var context = await browser.NewContextAsync(host, "de-DE");
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");

        await StyleAssert.AllStylesheetsAppliedAsync(page);
        await AxeAssert.NoWcagAaViolationsAsync(page);
    }

    [Theory]
    [MemberData(nameof(ShellPages.All), MemberType = typeof(ShellPages))]
    public async Task every_shell_page_has_no_wcag_aa_violations_in_english(string path)
    {
        await using var context = await browser.NewContextAsync(host, "en-US");
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await StyleAssert.AllStylesheetsAppliedAsync(page);
        await AxeAssert.NoWcagAaViolationsAsync(page);
    }

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
