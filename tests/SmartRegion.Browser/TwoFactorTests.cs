using Microsoft.Playwright;
using OtpNet;

namespace SmartRegion.Browser;

/// <summary>
/// Two-factor sign-in set up and used with the keyboard alone, on an account of its own (the demo admin is shared by
/// journeys that run side by side).
/// </summary>
public sealed class TwoFactorTests(PlatformHost host, ChromiumBrowser browser)
{
    private static async Task SignInWithKeyboardAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/anmelden");
        await FocusProbe.TabUntilAsync(page, f => f.Id == "feld-email", "The e-mail field");
        await page.Keyboard.TypeAsync(email);
        await FocusProbe.TabUntilAsync(page, f => f.Id == "feld-password", "The password field", maxTabs: 3);
        await page.Keyboard.TypeAsync(password);
        await page.Keyboard.PressAsync("Enter");
    }

    private static string Code(string key) =>
        new Totp(Base32Encoding.ToBytes(key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp();

    [Fact]
    public async Task two_factor_sign_in_is_set_up_and_used_with_the_keyboard_alone_and_its_pages_pass_axe()
    {
        var email = $"zwei-faktoren-{Guid.NewGuid():N}@beispiel.de";
        const string password = "zweiter faktor mit tastatur";
        await using (var registration = await browser.NewContextAsync(host))
        {
            await Accounts.RegisterAndSignInAsync(await registration.NewPageAsync(), host, host.Origin, email, password, "Zwei Faktoren");
        }

        await using (var context = await browser.NewContextAsync(host))
        {
            var page = await context.NewPageAsync();
            await SignInWithKeyboardAsync(page, email, password);
            await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/konto");

            await page.GotoAsync("/konto/sicherheit");
            await AxeAssert.NoWcagAaViolationsAsync(page);
            await FocusProbe.TabUntilAsync(page, f => f.Href == "/konto/sicherheit/authenticator", "The set-up link");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/konto/sicherheit/authenticator");
            await AxeAssert.NoWcagAaViolationsAsync(page);
            var key = (await page.Locator("code.sr-shared-key").TextContentAsync())!.Trim();
            await FocusProbe.TabUntilAsync(page, f => f.Id == "feld-code", "The code field");
            await page.Keyboard.TypeAsync(Code(key));
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/konto/sicherheit/wiederherstellungscodes");
            await Assertions.Expect(page.Locator(".sr-recovery-codes code")).ToHaveCountAsync(10);
            await AxeAssert.NoWcagAaViolationsAsync(page);

            await using var fresh = await browser.NewContextAsync(host);
            var second = await fresh.NewPageAsync();
            await SignInWithKeyboardAsync(second, email, password);
            await Assertions.Expect(second).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/anmelden/zweiter-faktor"));
            await AxeAssert.NoWcagAaViolationsAsync(second);
            await FocusProbe.TabUntilAsync(second, f => f.Id == "feld-code", "The code field");
            await second.Keyboard.TypeAsync(Code(key));
            await second.Keyboard.PressAsync("Enter");
            await Assertions.Expect(second).ToHaveURLAsync(host.Origin + "/konto");

            // Switching it off again asks for the password.
            await page.GotoAsync("/konto/sicherheit");
            await page.Locator("#feld-password").FillAsync(password);
            await page.Locator("form:has(#feld-password) button[type=submit]").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/konto/sicherheit?status=aus");
        }
    }
}
