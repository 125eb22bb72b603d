using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA) on the open data pages: the public catalogue search (with facets ticked) and a
/// dataset page in German and English, and the staff pages signed in as the demo region admin.
/// </summary>
public sealed class OpenDataAccessibilityTests(PlatformHost host, ChromiumBrowser browser)
{
    /// <summary>A filtered list and a dataset with a map, in both languages (the crawls start at /daten itself).</summary>
    public static TheoryData<string, string> PublicPages => new()
    {
        { "de-DE", "/daten?thema=SOCI&gemeinde=09679180" },
        { "de-DE", "/daten/wahllokale-hoechberg" },
        { "en-US", "/daten?thema=SOCI&gemeinde=09679180" },
        { "en-US", "/daten/wahllokale-hoechberg" },
    };

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task the_catalogue_pages_have_no_wcag_aa_violations(string language, string path)
    {
        await using var context = await browser.NewContextAsync(host, language);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);

        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language[..2]);
        await Assertions.Expect(page.Locator("main h1")).ToHaveCountAsync(1);
        await StyleAssert.AllStylesheetsAppliedAsync(page);
        await AxeAssert.NoWcagAaViolationsAsync(page);
    }

    [Fact]
    public async Task the_staff_pages_have_no_wcag_aa_violations_with_and_without_errors()
    {
        await using var context = await browser.NewContextAsync(host, "de-DE");
        var page = await context.NewPageAsync();
        await DemoAdmin.SignInAsync(page, host);

        await page.GotoAsync("/verwaltung/daten");
        await AxeAssert.NoWcagAaViolationsAsync(page);

        await page.GotoAsync("/verwaltung/daten/neu");
        await AxeAssert.NoWcagAaViolationsAsync(page);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".sr-error-summary")).ToBeVisibleAsync();
        await AxeAssert.NoWcagAaViolationsAsync(page);

        await page.SelectOptionAsync("#feld-municipality-ags", "09679147");
        await page.FillAsync("#feld-title", "Barrierefreie Testdaten");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/verwaltung/daten/[0-9a-f-]{36}\\?erledigt=angelegt"));
        await AxeAssert.NoWcagAaViolationsAsync(page);
    }
}
