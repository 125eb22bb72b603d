namespace SmartRegion.Browser;

/// <summary>
/// The public site as residents reach it: a crawl from the front pages that opens each page on a 320 px wide phone and
/// checks it (<see cref="SiteCrawlChecks"/>), in German and — as a class of its own, so both run side by side — in English.
/// </summary>
public sealed class PublicSiteCrawlTests(PlatformHost host, ChromiumBrowser browser)
{
    private static readonly string[] Start =
    [
        .. ShellPages.Paths, "/daten", "/daten?q=haushalt", "/hilfe", "/hilfe?q=schuldnerberatung", "/hilfe/wegweiser",
        "/registrieren", "/anmelden", "/passwort-vergessen", "/registrieren/erneut-senden",
    ];

    [Fact]
    public Task every_public_page_reflows_at_320_pixels_and_has_no_wcag_aa_violations_in_german() => CrawlAsync(host, browser, "de-DE", "de");

    internal static async Task CrawlAsync(PlatformHost host, ChromiumBrowser browser, string locale, string language)
    {
        await using var context = await browser.NewContextAsync(host, locale);
        var crawl = new SiteCrawl(context, host.Origin, _ => true);
        var checks = new SiteCrawlChecks(language);
        await SiteCrawlChecks.RecordPolicyViolationsAsync(context);

        await crawl.RunAsync(Start, checks.CheckAsync);

        Assert.Contains(crawl.Visited, p => p.StartsWith("/hilfe/angebote/", StringComparison.Ordinal));
        Assert.Contains(crawl.Visited, p => p.StartsWith("/daten/", StringComparison.Ordinal));
        Assert.Contains("/fortschritt", crawl.Visited);
        Assert.Contains(crawl.Visited, p => p.StartsWith("/veranstaltungen/", StringComparison.Ordinal) && p != "/veranstaltungen/monat");
        checks.AssertNone(crawl);
    }
}

/// <summary>The public crawl of <see cref="PublicSiteCrawlTests"/> in English.</summary>
public sealed class PublicSiteCrawlInEnglishTests(PlatformHost host, ChromiumBrowser browser)
{
    [Fact]
    public Task every_public_page_reflows_at_320_pixels_and_has_no_wcag_aa_violations_in_english() =>
        PublicSiteCrawlTests.CrawlAsync(host, browser, "en-US", "en");
}
