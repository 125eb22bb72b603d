using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// The staff area as the demo region admin reaches it: a crawl from every staff page, each page opened on a 320 px wide
/// phone and checked (<see cref="SiteCrawlChecks"/>) in German.
/// </summary>
public sealed class StaffSiteCrawlTests(PlatformHost host, ChromiumBrowser browser)
{
    private static readonly string[] StaffStart =
    [
        "/konto", "/verwaltung", "/verwaltung/rollen", "/verwaltung/rollen/vergeben", "/verwaltung/protokoll", "/verwaltung/mails",
        "/verwaltung/anwendungen", "/verwaltung/anwendungen/neu", "/verwaltung/barrieren", "/verwaltung/daten",
        "/verwaltung/daten/neu", "/verwaltung/daten/tokens", "/verwaltung/hilfe/anbieter", "/verwaltung/hilfe/import",
        "/verwaltung/hilfe/luecken", "/verwaltung/hilfe/pruefen", "/hilfe/meine-angebote", "/organisationen",
        "/change-lab", "/change-lab/buchungen", "/change-lab/heute", "/change-lab/kalender", "/change-lab/ideen", "/change-lab/freigaben", "/fortschritt/neu", "/veranstaltungen/mein-kalender",
        "/veranstaltungen/organisieren", "/veranstaltungen/organisieren/neu",
    ];

    private static readonly string[] StaffAreas = ["/verwaltung", "/konto", "/hilfe/meine-angebote", "/organisationen", "/change-lab", "/fortschritt", "/veranstaltungen/mein-kalender", "/veranstaltungen/organisieren"];

    [Fact]
    public async Task every_staff_page_of_the_region_admin_reflows_at_320_pixels_and_has_no_wcag_aa_violations()
    {
        await using var context = await browser.NewContextAsync(host, "de-DE");
        var page = await context.NewPageAsync();
        await DemoAdmin.SignInAsync(page, host);
        await page.CloseAsync();
        var crawl = new SiteCrawl(context, host.Origin, path => StaffAreas.Any(a => path.StartsWith(a, StringComparison.Ordinal)));
        var checks = new SiteCrawlChecks("de");

        await crawl.RunAsync(StaffStart, checks.CheckAsync);

        Assert.Contains("/verwaltung/rollen", crawl.Visited);
        Assert.Contains("/veranstaltungen/mein-kalender", crawl.Visited);
        Assert.Contains(crawl.Visited, p => p.StartsWith("/veranstaltungen/organisieren/", StringComparison.Ordinal) && p.EndsWith("/anmeldungen", StringComparison.Ordinal));
        Assert.Contains(crawl.Visited, p => p.StartsWith("/veranstaltungen/organisieren/", StringComparison.Ordinal) && p.EndsWith("/termine", StringComparison.Ordinal));
        Assert.Contains(crawl.Visited, p => p.StartsWith("/change-lab/plaetze/", StringComparison.Ordinal));
        Assert.Contains(crawl.Visited, p => p.StartsWith("/change-lab/ideen/", StringComparison.Ordinal));
        Assert.Contains(crawl.Visited, p => p.StartsWith("/fortschritt/", StringComparison.Ordinal) && p.EndsWith("/bearbeiten", StringComparison.Ordinal));
        checks.AssertNone(crawl);
    }
}
