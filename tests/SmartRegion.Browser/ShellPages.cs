namespace SmartRegion.Browser;

/// <summary>Every page of the platform shell, including a page that does not exist (the 404 page).</summary>
public static class ShellPages
{
    public static readonly string[] Paths =
    [
        "/",
        "/gemeinden",
        "/gemeinden/09679185",
        "/impressum",
        "/datenschutz",
        "/barrierefreiheit",
        "/barriere-melden",
        "/barriere-melden/danke",
        "/leichte-sprache",
        "/api-dokumentation",
        "/gibt-es-nicht",
    ];

    public static TheoryData<string> All => new(Paths);
}
