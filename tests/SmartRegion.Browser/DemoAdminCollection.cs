namespace SmartRegion.Browser;

/// <summary>
/// Test classes that sign in as the demo region admin run one after another: <see cref="TwoFactorTests"/> switches the
/// admin's two-factor sign-in on and off again, which would break a parallel password sign-in.
/// </summary>
public static class DemoAdmin
{
    public const string Collection = "Demo-Admin";

    public const string Email = "admin@demo.smarte-region.invalid";

    public static async Task<string> PasswordAsync(PlatformHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var lines = await File.ReadAllLinesAsync(Path.Combine(host.DataPath, "demo-zugang.txt"));
        return lines.Single(l => l.StartsWith("Passwort: ", StringComparison.Ordinal))["Passwort: ".Length..].Trim();
    }
}
