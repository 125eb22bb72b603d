using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>Opening an account, confirming it from the mail and signing in, with the keyboard alone.</summary>
public sealed class RegistrationJourneyTests(PlatformHost host, ChromiumBrowser browser)
{
    [Fact]
    public async Task an_account_is_registered_confirmed_and_signed_in_with_the_keyboard_alone()
    {
        var email = $"tastatur-{Guid.NewGuid():N}@beispiel.de";
        const string password = "mit der Tastatur angelegt";
        await using var context = await browser.NewContextAsync(host);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/registrieren");
        await AxeAssert.NoWcagAaViolationsAsync(page);

        await FillAsync(page, "feld-display-name", "Tastatur Test");
        await FillAsync(page, "feld-email", email);
        await FillAsync(page, "feld-password", password);
        await FocusProbe.TabUntilAsync(page, f => f.Id == "feld-consent", "The consent checkbox", maxTabs: 5);
        await page.Keyboard.PressAsync("Space");
        var submit = await FocusProbe.TabUntilAsync(page, f => f.Tag == "button", "The submit button", maxTabs: 5);
        Assert.True(submit.FocusVisible, $"The submit button has no visible focus: {submit}");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/registrieren/gesendet");

        await page.GotoAsync(Mailbox.LinkFor(host, email, "/registrieren/bestaetigen?"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ihr Konto ist bestätigt");
        await AxeAssert.NoWcagAaViolationsAsync(page);
        await FocusProbe.TabUntilAsync(page, f => f.Tag == "a" && f.Href == "/anmelden", "The sign-in link");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/anmelden");
        await AxeAssert.NoWcagAaViolationsAsync(page);

        await FillAsync(page, "feld-email", email);
        await FillAsync(page, "feld-password", password);
        await FocusProbe.TabUntilAsync(page, f => f.Tag == "button" && f.Text == "Anmelden", "The sign-in button", maxTabs: 5);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/konto");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Tastatur Test");
    }

    internal static async Task FillAsync(IPage page, string id, string text)
    {
        await FocusProbe.TabUntilAsync(page, f => f.Id == id, $"The field #{id}");
        await page.Keyboard.TypeAsync(text);
    }
}
