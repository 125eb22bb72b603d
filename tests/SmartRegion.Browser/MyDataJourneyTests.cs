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
        await Accounts.RegisterAndSignInAsync(page, host, host.Origin, email, password, "Daten Test");

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
}
