using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// The demo region admin of the trial installation. Journeys sign in as them side by side, so none may change how they
/// sign in (a journey that switches on two-factor sign-in opens its own account).
/// </summary>
public static class DemoAdmin
{
    public const string Email = "admin@demo.smarte-region.invalid";

    public static async Task<string> PasswordAsync(PlatformHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var lines = await File.ReadAllLinesAsync(Path.Combine(host.DataPath, "demo-zugang.txt"));
        return lines.Single(l => l.StartsWith("Passwort: ", StringComparison.Ordinal))["Passwort: ".Length..].Trim();
    }

    /// <summary>Signs the demo admin in on <paramref name="page"/> and waits for the account page.</summary>
    public static async Task SignInAsync(IPage page, PlatformHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        await Accounts.SignInAsync(page, host.Origin, Email, await PasswordAsync(host));
    }
}
