using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>Switching between German and English with the keyboard; the choice is kept from page to page.</summary>
public sealed class LanguageSwitchTests(PlatformHost host, ChromiumBrowser browser)
{
    [Fact]
    public async Task the_language_is_switched_to_english_and_back_with_the_keyboard_and_remembered()
    {
        await using var context = await browser.NewContextAsync(host, "de-DE");
        var page = await context.NewPageAsync();
        var html = page.Locator("html");
        var navigation = page.Locator("nav.sr-nav a");
        await page.GotoAsync("/");
        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "de");

        await FocusProbe.TabUntilAsync(page, f => f.Tag == "a" && f.Text == "English", "The 'English' link", maxTabs: 5);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(navigation).ToHaveTextAsync(["Home", "Find help", "Events", "Take part", "Progress", "Open data", "City and municipalities"]);
        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/");

        await page.GotoAsync("/gemeinden");
        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(navigation).ToHaveTextAsync(["Home", "Find help", "Events", "Take part", "Progress", "Open data", "City and municipalities"]);

        await FocusProbe.TabUntilAsync(page, f => f.Tag == "a" && f.Text == "Deutsch", "The 'Deutsch' link", maxTabs: 5);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "de");
        await Assertions.Expect(navigation).ToHaveTextAsync(["Startseite", "Hilfe finden", "Veranstaltungen", "Mach mit", "Fortschritt", "Offene Daten", "Stadt und Gemeinden"]);
        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/gemeinden");
    }
}
