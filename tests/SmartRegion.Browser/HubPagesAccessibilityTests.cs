using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA) on the Hub pages as the crawls do not see them, in German: forms with their errors,
/// and the pages of a resident registered through the pages; then that resident once the demo admin has made them a
/// region admin through the role form (the staff pages themselves are the staff crawl's). One browser context per role,
/// pages visited in sequence; every violation of every page is reported together.
/// </summary>
public sealed class HubPagesAccessibilityTests(PlatformHost host, ChromiumBrowser browser)
{
    private readonly List<string> _failures = [];

    [Fact]
    public async Task every_hub_page_has_no_wcag_aa_violations_in_german_with_the_role_it_needs()
    {
        var email = $"verwaltung-{Guid.NewGuid():N}@beispiel.de";
        const string password = "barrierefrei verwalten";

        await using (var anonymous = await browser.NewContextAsync(host, "de-DE"))
        {
            var page = await anonymous.NewPageAsync();
            // The pages as they open are the public crawl's; here the registration form with its errors.
            await CheckErrorSummaryAsync(page, "/registrieren");
        }

        await using (var resident = await browser.NewContextAsync(host, "de-DE"))
        {
            var page = await resident.NewPageAsync();
            await Accounts.RegisterAndSignInAsync(page, host, host.Origin, email, password, "Verwaltung Test");
            await CheckAsync(page, "/konto");
            await CheckAsync(page, "/konto/profil");
            await CheckAsync(page, "/konto/passwort");
            await CheckAsync(page, "/konto/e-mail");
            await CheckAsync(page, "/verwaltung");
            await CheckAsync(page, "/organisationen");
            await CheckErrorSummaryAsync(page, "/organisationen/neu");

            await page.GotoAsync("/organisationen/neu");
            await page.FillAsync("#feld-name", "Sportverein Barrierefrei");
            await page.SelectOptionAsync("#feld-kind", "club");
            await page.Locator("main button[type=submit]").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/organisationen/[0-9a-f-]{36}"));
            await AxeAsync(page);
            await CheckAsync(page, "/organisationen");
            await CheckAsync(page, "/abmelden/bestaetigen");
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
            await AxeAsync(page);
        }

        await using (var regionAdmin = await browser.NewContextAsync(host, "de-DE"))
        {
            var page = await regionAdmin.NewPageAsync();
            await Accounts.SignInAsync(page, host.Origin, email, password);
            // Every staff page of a region admin is checked by the staff crawl (StaffSiteCrawlTests); here the admin made
            // through the role form reaches the staff area, and the role form's error state.
            await CheckAsync(page, "/verwaltung");
            await CheckErrorSummaryAsync(page, "/verwaltung/rollen/vergeben");
        }

        Assert.True(_failures.Count == 0, string.Join(Environment.NewLine, _failures));
    }

    private async Task CheckAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
        Assert.Equal(host.Origin + path, page.Url);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await AxeAsync(page);
    }

    /// <summary>The form submitted empty: the error summary and the invalid fields are on the page.</summary>
    private async Task CheckErrorSummaryAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("main form:not([data-passkey-sign-in]) button[type=submit]").First.ClickAsync();
        await Assertions.Expect(page.Locator(".sr-error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[aria-invalid=true]").First).ToBeVisibleAsync();
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
