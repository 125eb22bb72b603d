using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// The whole site as residents and staff reach it: a crawl from the front pages (and, signed in as the demo region admin,
/// from every staff page) that opens each page with its stylesheets applied, on a 320 px wide phone — no sideways
/// scrolling (WCAG 1.4.10), a meta description — and runs axe-core there and, in German, at 1280 px; the public pages
/// are crawled in German and in English. Every failure of every page is reported together.
/// </summary>
[Collection(DemoAdmin.Collection)]
public sealed class SiteCrawlTests(PlatformHost host, ChromiumBrowser browser)
{
    private static readonly string[] PublicStart =
    [
        .. ShellPages.Paths, "/daten", "/daten?q=haushalt", "/hilfe", "/hilfe?q=schuldnerberatung", "/hilfe/wegweiser",
        "/registrieren", "/anmelden", "/passwort-vergessen", "/registrieren/erneut-senden",
    ];

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

    private readonly List<string> _failures = [];

    [Theory]
    [InlineData("de-DE", "de")]
    [InlineData("en-US", "en")]
    public async Task every_public_page_reflows_at_320_pixels_and_has_no_wcag_aa_violations(string locale, string language)
    {
        await using var context = await browser.NewContextAsync(host, locale);
        var page = await context.NewPageAsync();
        var crawl = new SiteCrawl(page, host.Origin, _ => true);

        await crawl.RunAsync(PublicStart, (p, path) => CheckAsync(p, path, language));

        Assert.Contains(crawl.Visited, p => p.StartsWith("/hilfe/angebote/", StringComparison.Ordinal));
        Assert.Contains(crawl.Visited, p => p.StartsWith("/daten/", StringComparison.Ordinal));
        Assert.Contains("/fortschritt", crawl.Visited);
        Assert.Contains(crawl.Visited, p => p.StartsWith("/veranstaltungen/", StringComparison.Ordinal) && p != "/veranstaltungen/monat");
        Assert.True(_failures.Count == 0, $"{_failures.Count} failure(s) on {crawl.Visited.Count} pages:\n" + string.Join(Environment.NewLine, _failures));
    }

    [Fact]
    public async Task every_staff_page_of_the_region_admin_reflows_at_320_pixels_and_has_no_wcag_aa_violations()
    {
        await using var context = await browser.NewContextAsync(host, "de-DE");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/anmelden");
        await page.FillAsync("#feld-email", DemoAdmin.Email);
        await page.FillAsync("#feld-password", await DemoAdmin.PasswordAsync(host));
        await page.Locator("main form:not([data-passkey-sign-in]) button[type=submit]").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/konto");
        var crawl = new SiteCrawl(page, host.Origin, path => StaffAreas.Any(a => path.StartsWith(a, StringComparison.Ordinal)));

        await crawl.RunAsync(StaffStart, (p, path) => CheckAsync(p, path, "de"));

        Assert.Contains("/verwaltung/rollen", crawl.Visited);
        Assert.Contains("/veranstaltungen/mein-kalender", crawl.Visited);
        Assert.Contains(crawl.Visited, p => p.StartsWith("/veranstaltungen/organisieren/", StringComparison.Ordinal) && p.EndsWith("/anmeldungen", StringComparison.Ordinal));
        Assert.Contains(crawl.Visited, p => p.StartsWith("/change-lab/plaetze/", StringComparison.Ordinal));
        Assert.Contains(crawl.Visited, p => p.StartsWith("/change-lab/ideen/", StringComparison.Ordinal));
        Assert.Contains(crawl.Visited, p => p.StartsWith("/fortschritt/", StringComparison.Ordinal) && p.EndsWith("/bearbeiten", StringComparison.Ordinal));
        Assert.True(_failures.Count == 0, $"{_failures.Count} failure(s) on {crawl.Visited.Count} pages:\n" + string.Join(Environment.NewLine, _failures));
    }

    private async Task CheckAsync(IPage page, string path, string language)
    {
        if (await page.Locator("html").GetAttributeAsync("lang") != language)
        {
            _failures.Add($"{path}: html lang is not '{language}'");
        }

        try
        {
            // axe on an unstyled page proves little.
            await StyleAssert.AllStylesheetsAppliedAsync(page);
        }
        catch (Exception e) when (e.GetType().Name == "TrueException")
        {
            _failures.Add($"{path}: {e.Message}");
        }

        // Closed filters and boxes are opened, so their content is measured and checked too.
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        await page.SetViewportSizeAsync(320, 640);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        if (widths[0] > widths[1])
        {
            var widest = await page.EvaluateAsync<string>(WidestElement);
            _failures.Add($"{path}: {widths[0]} px wide in a {widths[1]} px viewport (widest: {widest})");
        }

        if (string.IsNullOrWhiteSpace(await page.EvaluateAsync<string>("() => document.querySelector('head meta[name=description]')?.content ?? ''")))
        {
            _failures.Add($"{path}: no meta description");
        }

        await AxeAsync(page, path, "320 px");

        // The wide layout is the same in both languages (same markup and styles, other words), so the English crawl
        // checks it once per page at 320 px, where longer words break a layout first; German checks both widths.
        if (language == "de")
        {
            await page.SetViewportSizeAsync(1280, 900);
            await AxeAsync(page, path, "1280 px");
        }
    }

    private async Task AxeAsync(IPage page, string path, string width)
    {
        try
        {
            await AxeAssert.NoWcagAaViolationsAsync(page);
        }
        catch (Exception e) when (e.GetType().Name == "FailException")
        {
            _failures.Add($"{path} at {width}: {e.Message}");
        }
    }

    /// <summary>The innermost element that reaches past the viewport's right edge, for the failure message.</summary>
    private const string WidestElement = """
        () => {
          const over = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
            && !e.closest('.kern-table-responsive') && !e.closest('.sr-skip-link'));
          const inner = over.filter(e => !over.some(o => o !== e && e.contains(o)));
          return inner.slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '') + ' "' + (e.textContent || '').trim().slice(0, 40) + '"').join(' | ');
        }
        """;
}
