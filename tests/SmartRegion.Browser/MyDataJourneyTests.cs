using System.Text.Json;
using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>"Meine Daten" with the keyboard alone: download everything, then delete the account.</summary>
public sealed class MyDataJourneyTests(PlatformHost host, ChromiumBrowser browser)
{
    [Fact]
    public async Task a_person_downloads_their_data_and_deletes_their_account_with_the_keyboard_alone()
    {
        var email = $"daten-{Guid.NewGuid():N}@beispiel.de";
        const string password = "meine Daten gehören mir";
        await using var context = await browser.NewContextAsync(host);
        var page = await context.NewPageAsync();
        await RegisterAndSignInAsync(page, email, password);

        await page.GotoAsync("/konto/meine-daten");
        await AxeAssert.NoWcagAaViolationsAsync(page);
        await FocusProbe.TabUntilAsync(page, f => f.Tag == "a" && f.Href == "/api/hub/me/data", "The download link");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        using (var file = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync())))
        {
            Assert.Equal(email, file.RootElement.GetProperty("sections").GetProperty("hub").GetProperty("profile").GetProperty("email").GetString());
        }

        await RegistrationJourneyTests.FillAsync(page, "feld-password", password);
        await FocusProbe.TabUntilAsync(page, f => f.Id == "feld-confirm", "The confirmation checkbox", maxTabs: 3);
        await page.Keyboard.PressAsync("Space");
        var delete = await FocusProbe.TabUntilAsync(page, f => f.Tag == "button", "The delete button", maxTabs: 3);
        Assert.True(delete.FocusVisible, $"The delete button has no visible focus: {delete}");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/konto-geloescht");
        await AxeAssert.NoWcagAaViolationsAsync(page);
        await page.GotoAsync("/konto");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/anmelden"));
    }

    private async Task RegisterAndSignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/registrieren");
        await page.FillAsync("#feld-display-name", "Daten Test");
        await page.FillAsync("#feld-email", email);
        await page.FillAsync("#feld-password", password);
        await page.CheckAsync("#feld-consent");
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/registrieren/gesendet");
        await page.GotoAsync(Mailbox.LinkFor(host, email, "/registrieren/bestaetigen?"));
        await page.GotoAsync("/anmelden");
        await page.FillAsync("#feld-email", email);
        await page.FillAsync("#feld-password", password);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/konto");
    }
}
