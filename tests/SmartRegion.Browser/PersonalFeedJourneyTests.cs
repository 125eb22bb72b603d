using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>„Meine Termine im Kalender“: make, replace and delete the secret address; every state free of WCAG AA violations.</summary>
public sealed class PersonalFeedJourneyTests(PlatformHost host, ChromiumBrowser browser)
{
    [Fact]
    public async Task a_person_makes_replaces_and_deletes_their_calendar_address_and_every_state_is_accessible()
    {
        var email = $"kalender-{Guid.NewGuid():N}@beispiel.de";
        await using var context = await browser.NewContextAsync(host);
        var page = await context.NewPageAsync();
        await Accounts.RegisterAndSignInAsync(page, host, host.Origin, email, "mein Kalender gehört mir", "Kalender Test");

        await page.GotoAsync("/veranstaltungen/mein-kalender");
        await AxeAssert.NoWcagAaViolationsAsync(page);
        await page.Locator("#feed-create button[type=submit]").ClickAsync();
        var first = await page.Locator("#feld-adresse").InputValueAsync();
        await AxeAssert.NoWcagAaViolationsAsync(page);

        await page.Locator("#feed-replace button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".sr-error-summary a[href='#feld-confirm-replace']")).ToBeVisibleAsync();
        await AxeAssert.NoWcagAaViolationsAsync(page);
        await page.CheckAsync("#feld-confirm-replace");
        await page.Locator("#feed-replace button[type=submit]").ClickAsync();
        Assert.NotEqual(first, await page.Locator("#feld-adresse").InputValueAsync());

        await page.CheckAsync("#feld-confirm-delete");
        await page.Locator("#feed-delete button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/veranstaltungen/mein-kalender?erledigt=geloescht");
        await AxeAssert.NoWcagAaViolationsAsync(page);
    }
}
