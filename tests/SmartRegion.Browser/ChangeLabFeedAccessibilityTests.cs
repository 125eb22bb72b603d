using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA) on the Change Lab's calendar subscriptions page in each of its states: without an
/// address, right after creating one (the address and the table of places), with the error summary of a replacement
/// not confirmed, a resource page that points to the feed, and after deleting the address.
/// </summary>
public sealed class ChangeLabFeedAccessibilityTests(PlatformHost host, ChromiumBrowser browser)
{
    private readonly List<string> _failures = [];

    [Fact]
    public async Task the_calendar_subscriptions_page_has_no_wcag_aa_violations_in_any_state()
    {
        await using var context = await browser.NewContextAsync(host, "de-DE");
        var page = await context.NewPageAsync();
        await DemoAdmin.SignInAsync(page, host);

        await page.GotoAsync("/change-lab/kalender");
        if (await page.Locator("#form-loeschen").CountAsync() > 0)
        {
            // An address left from an earlier run of the shared host: start without one.
            await page.Locator("#form-loeschen button").ClickAsync();
        }

        await AxeAsync(page);
        await page.Locator("#form-erstellen button").ClickAsync();
        await Assertions.Expect(page.Locator("#feld-adresse")).ToBeVisibleAsync();
        await AxeAsync(page);
        await page.GotoAsync("/change-lab/kalender");
        await page.Locator("#form-ersetzen button").ClickAsync();
        await Assertions.Expect(page.Locator(".sr-error-summary")).ToBeVisibleAsync();
        await AxeAsync(page);
        await page.GotoAsync("/change-lab/plaetze/demo-platz-1");
        await Assertions.Expect(page.Locator("main a[href='/change-lab/kalender']")).ToBeVisibleAsync();
        await AxeAsync(page);
        await page.GotoAsync("/change-lab/kalender");
        await page.Locator("#form-loeschen button").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/change-lab/kalender?erledigt=geloescht");
        await AxeAsync(page);

        Assert.True(_failures.Count == 0, string.Join(Environment.NewLine, _failures));
    }

    private async Task AxeAsync(IPage page)
    {
        try
        {
            await AxeAssert.NoWcagAaViolationsAsync(page);
        }
        catch (Exception e) when (e.GetType().Name == "FailException")
        {
            _failures.Add(page.Url + ": " + e.Message);
        }
    }
}
