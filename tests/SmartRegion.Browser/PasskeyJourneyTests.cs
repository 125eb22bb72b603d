using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// A real WebAuthn ceremony against Chromium's virtual authenticator (DevTools protocol): a passkey is added on the
/// security page and then used to sign in. WebAuthn does not accept IP addresses as relying party, so this journey
/// uses <c>localhost</c>, a secure context like https.
/// </summary>
public sealed class PasskeyJourneyTests(PlatformHost host, ChromiumBrowser browser)
{
    [Fact]
    public async Task a_passkey_is_added_and_then_signs_the_person_in_without_a_password()
    {
        var origin = host.Origin.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        var email = $"passkey-{Guid.NewGuid():N}@beispiel.de";
        const string password = "vorerst mit Passwort";
        await using var context = await browser.NewContextAsync(host, origin: origin);
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
        await Accounts.RegisterAndSignInAsync(page, host, origin, email, password, "Passkey Test");

        await page.GotoAsync("/konto/sicherheit");
        await page.FillAsync("#feld-name", "Laptop");
        await page.Locator("form[data-passkey-create] button[data-passkey-button]").ClickAsync();
        await Assertions.Expect(page.Locator(".sr-passkeys")).ToContainTextAsync("Laptop");
        await AxeAssert.NoWcagAaViolationsAsync(page);

        await page.Locator("header form[action='/abmelden'] button").ClickAsync();
        await page.GotoAsync("/anmelden");
        await Assertions.Expect(page.Locator("[data-passkey-section]")).ToBeVisibleAsync();
        await page.Locator("form[data-passkey-sign-in] button[data-passkey-button]").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(origin + "/konto");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Passkey Test");
    }
}
