using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>Opens an account through the platform's own pages (registration, mailed confirmation link) and signs in with it.</summary>
internal static class Accounts
{
    public static async Task RegisterAndSignInAsync(IPage page, PlatformHost host, string origin, string email, string password, string displayName)
    {
        await RegisterAsync(page, host, origin, email, password, displayName);
        await SignInAsync(page, origin, email, password);
    }

    /// <summary>Registers through the form and follows the mailed confirmation link, without signing in.</summary>
    public static async Task RegisterAsync(IPage page, PlatformHost host, string origin, string email, string password, string displayName)
    {
        await page.GotoAsync("/registrieren");
        await page.FillAsync("#feld-display-name", displayName);
        await page.FillAsync("#feld-email", email);
        await page.FillAsync("#feld-password", password);
        await page.CheckAsync("#feld-consent");
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(origin + "/registrieren/gesendet");
        var link = new Uri(Mailbox.LinkFor(host, email, "/registrieren/bestaetigen?"));
        await page.GotoAsync(link.PathAndQuery);
    }

    /// <summary>Signs in through the sign-in form with a password and waits for the account page.</summary>
    public static async Task SignInAsync(IPage page, string origin, string email, string password)
    {
        await page.GotoAsync("/anmelden");
        await page.FillAsync("#feld-email", email);
        await page.FillAsync("#feld-password", password);
        await page.Locator("main form:not([data-passkey-sign-in]) button[type=submit]").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(origin + "/konto");
    }
}
