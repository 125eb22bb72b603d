using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA) on the help directory's provider and staff pages as the crawls do not see them: a
/// resident's offer list and the new-offer form with its error summary; the provider link form with its error summary for
/// a region admin made through the role form.
/// </summary>
public sealed class HelpStaffPagesAccessibilityTests(PlatformHost host, ChromiumBrowser browser)
{
    private readonly List<string> _failures = [];

    [Fact]
    public async Task the_provider_and_staff_pages_of_the_help_directory_have_no_wcag_aa_violations()
    {
        var email = $"hilfe-{Guid.NewGuid():N}@beispiel.de";
        const string password = "barrierefrei helfen 2026";

        await using (var resident = await browser.NewContextAsync(host, "de-DE"))
        {
            var page = await resident.NewPageAsync();
            await Accounts.RegisterAndSignInAsync(page, host, host.Origin, email, password, "Hilfe Test");
            await CheckAsync(page, "/hilfe/meine-angebote");
            await CheckAsync(page, "/hilfe/meine-angebote/neu");
            await page.Locator("main form button[type=submit]").First.ClickAsync();
            await Assertions.Expect(page.Locator(".sr-error-summary")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[aria-invalid=true]").First).ToBeVisibleAsync();
            await AxeAsync(page);
        }

        await using (var demoAdmin = await browser.NewContextAsync(host, "de-DE"))
        {
            var page = await demoAdmin.NewPageAsync();
            await DemoAdmin.SignInAsync(page, host);
            await page.GotoAsync("/verwaltung/rollen/vergeben");
            await page.FillAsync("#feld-email", email);
            await page.SelectOptionAsync("#feld-role", "region-admin");
            await page.Locator("main button[type=submit]").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/verwaltung/rollen?erledigt=vergeben");
        }

        await using (var regionAdmin = await browser.NewContextAsync(host, "de-DE"))
        {
            var page = await regionAdmin.NewPageAsync();
            await Accounts.SignInAsync(page, host.Origin, email, password);
            // The staff pages as they open are the staff crawl's (StaffSiteCrawlTests); here the provider link form with its errors.
            await page.GotoAsync("/verwaltung/hilfe/anbieter");
            await page.Locator("main form button[type=submit]").First.ClickAsync();
            await Assertions.Expect(page.Locator(".sr-error-summary")).ToBeVisibleAsync();
            await AxeAsync(page);
        }

        Assert.True(_failures.Count == 0, string.Join(Environment.NewLine, _failures));
    }

    private async Task CheckAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
        Assert.Equal(host.Origin + path, page.Url);
        await AxeAsync(page);
    }

    private async Task AxeAsync(IPage page)
    {
        try
        {
            await AxeAssert.NoWcagAaViolationsAsync(page);
        }
        catch (Exception e) when (e.GetType().Name == "FailException")
        {
            _failures.Add(e.Message);
        }
    }
}
