using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// The staff area as the demo region admin reaches it: a crawl from every staff page, each page opened on a 320 px wide
/// phone and checked (<see cref="SiteCrawlChecks"/>) in German. The roles below the region admin crawl the same area in
/// classes of their own (<see cref="StaffSiteCrawlAsStaffTests"/> and the two beside it), so the crawls run side by side.
/// </summary>
public sealed class StaffSiteCrawlTests(PlatformHost host, ChromiumBrowser browser)
{
    /// <summary>Where the scoped roles are given their rights: Höchberg.</summary>
    internal const string Hoechberg = "09679147";

    private static readonly string[] StaffStart =
    [
        "/konto", "/verwaltung", "/verwaltung/rollen", "/verwaltung/rollen/vergeben", "/verwaltung/protokoll", "/verwaltung/mails",
        "/verwaltung/anwendungen", "/verwaltung/anwendungen/neu", "/verwaltung/barrieren", "/verwaltung/daten",
        "/verwaltung/daten/neu", "/verwaltung/daten/tokens", "/verwaltung/hilfe/anbieter", "/verwaltung/hilfe/import",
        "/verwaltung/hilfe/luecken", "/verwaltung/hilfe/pruefen", "/verwaltung/mitmachen", "/hilfe/meine-angebote", "/organisationen",
        "/change-lab", "/change-lab/buchungen", "/change-lab/heute", "/change-lab/kalender", "/change-lab/ideen", "/change-lab/freigaben", "/fortschritt/neu", "/veranstaltungen/mein-kalender",
        "/veranstaltungen/organisieren", "/veranstaltungen/organisieren/neu",
    ];

    /// <summary>
    /// What the roles below the region admin crawl: the administration (<c>/verwaltung</c>), whose pages and navigation
    /// change with role and municipality. Their account, organisation, Change Lab and organiser pages are the same pages
    /// the region admin's crawl checks.
    /// </summary>
    internal static readonly string[] AdministrationArea = ["/verwaltung"];

    private static readonly string[] StaffAreas = ["/verwaltung", "/konto", "/hilfe/meine-angebote", "/organisationen", "/change-lab", "/fortschritt", "/veranstaltungen/mein-kalender", "/veranstaltungen/organisieren"];

    [Fact]
    public async Task every_staff_page_of_the_region_admin_reflows_at_320_pixels_and_has_no_wcag_aa_violations()
    {
        await using var context = await SignedInAsDemoAdminAsync(host, browser, "de-DE");

        var visited = await CrawlAsync(context, host, "de", StaffAreas);

        Assert.Contains("/verwaltung/rollen", visited);
        Assert.Contains("/verwaltung/protokoll", visited);
        Assert.Contains("/veranstaltungen/mein-kalender", visited);
        Assert.Contains(visited, p => p.StartsWith("/veranstaltungen/organisieren/", StringComparison.Ordinal) && p.EndsWith("/anmeldungen", StringComparison.Ordinal));
        Assert.Contains(visited, p => p.StartsWith("/veranstaltungen/organisieren/", StringComparison.Ordinal) && p.EndsWith("/termine", StringComparison.Ordinal));
        Assert.Contains(visited, p => p.StartsWith("/change-lab/plaetze/", StringComparison.Ordinal));
        Assert.Contains(visited, p => p.StartsWith("/change-lab/ideen/", StringComparison.Ordinal));
        Assert.Contains(visited, p => p.StartsWith("/fortschritt/", StringComparison.Ordinal) && p.EndsWith("/bearbeiten", StringComparison.Ordinal));
    }

    /// <summary>
    /// Crawls <paramref name="areas"/> from every staff page with the person signed in on <paramref name="context"/>, checks
    /// every page it reaches and fails with every failure; returns the pages it opened. A page the person may not open sends
    /// them to the refusal page, which lies outside the area, so it is not among them.
    /// </summary>
    internal static async Task<IReadOnlyList<string>> CrawlAsync(IBrowserContext context, PlatformHost host, string language, params string[] areas)
    {
        var crawl = new SiteCrawl(context, host.Origin, path => areas.Any(a => path.StartsWith(a, StringComparison.Ordinal)));
        var checks = new SiteCrawlChecks(language);
        await SiteCrawlChecks.RecordPolicyViolationsAsync(context);

        await crawl.RunAsync(StaffStart, checks.CheckAsync);

        checks.AssertNone(crawl);
        return crawl.Visited;
    }

    /// <summary>The demo region admin signed in on a fresh context in <paramref name="locale"/>.</summary>
    internal static async Task<IBrowserContext> SignedInAsDemoAdminAsync(PlatformHost host, ChromiumBrowser browser, string locale)
    {
        var context = await browser.NewContextAsync(host, locale);
        var page = await context.NewPageAsync();
        await DemoAdmin.SignInAsync(page, host);
        await page.CloseAsync();
        return context;
    }

    /// <summary>
    /// A person registered through the pages, given <paramref name="role"/> for Höchberg by the demo admin through the role
    /// form, and signed in on a fresh context in <paramref name="locale"/>.
    /// </summary>
    internal static async Task<IBrowserContext> SignedInWithRoleAsync(PlatformHost host, ChromiumBrowser browser, string role, string locale)
    {
        var email = $"{role}-{Guid.NewGuid():N}@beispiel.de";
        const string password = "die Verwaltung für alle";
        var context = await browser.NewContextAsync(host, locale);
        var page = await context.NewPageAsync();
        await Accounts.RegisterAsync(page, host, host.Origin, email, password, "Rolle " + role);

        await using (var demoAdmin = await browser.NewContextAsync(host, "de-DE"))
        {
            var admin = await demoAdmin.NewPageAsync();
            await DemoAdmin.SignInAsync(admin, host);
            await admin.GotoAsync("/verwaltung/rollen/vergeben");
            await admin.FillAsync("#feld-email", email);
            await admin.SelectOptionAsync("#feld-role", role);
            await admin.SelectOptionAsync("#feld-municipality-ags", Hoechberg);
            await admin.Locator("main button[type=submit]").ClickAsync();
            await Assertions.Expect(admin).ToHaveURLAsync(host.Origin + "/verwaltung/rollen?erledigt=vergeben");
        }

        await Accounts.SignInAsync(page, host.Origin, email, password);
        await page.CloseAsync();
        return context;
    }
}

/// <summary>
/// The administration as municipal staff of Höchberg reach it, in German and in English: what the role may open is checked
/// like every other page; what it may not open is not reached.
/// </summary>
public sealed class StaffSiteCrawlAsStaffTests(PlatformHost host, ChromiumBrowser browser)
{
    [Theory]
    [InlineData("de-DE", "de")]
    [InlineData("en-US", "en")]
    public async Task every_staff_page_of_municipal_staff_reflows_at_320_pixels_and_has_no_wcag_aa_violations_in_german_and_english(string locale, string language)
    {
        await using var context = await StaffSiteCrawlTests.SignedInWithRoleAsync(host, browser, "staff", locale);

        var visited = await StaffSiteCrawlTests.CrawlAsync(context, host, language, StaffSiteCrawlTests.AdministrationArea);

        Assert.Contains("/verwaltung/daten", visited);
        Assert.Contains("/verwaltung/hilfe/pruefen", visited);
        Assert.DoesNotContain("/verwaltung/rollen", visited);
        Assert.DoesNotContain("/verwaltung/protokoll", visited);
    }
}

/// <summary>The administration as a moderator of Höchberg reaches it, in German and in English.</summary>
public sealed class StaffSiteCrawlAsModeratorTests(PlatformHost host, ChromiumBrowser browser)
{
    [Theory]
    [InlineData("de-DE", "de")]
    [InlineData("en-US", "en")]
    public async Task every_staff_page_of_a_moderator_reflows_at_320_pixels_and_has_no_wcag_aa_violations_in_german_and_english(string locale, string language)
    {
        await using var context = await StaffSiteCrawlTests.SignedInWithRoleAsync(host, browser, "moderator", locale);

        var visited = await StaffSiteCrawlTests.CrawlAsync(context, host, language, StaffSiteCrawlTests.AdministrationArea);

        Assert.Contains("/verwaltung", visited);
        Assert.Contains("/verwaltung/hilfe/luecken", visited);
        Assert.DoesNotContain("/verwaltung/hilfe/pruefen", visited);
        Assert.DoesNotContain("/verwaltung/rollen", visited);
        Assert.DoesNotContain("/verwaltung/hilfe/import", visited);
    }
}

/// <summary>The administration as the municipality admin of Höchberg reaches it, in German and in English.</summary>
public sealed class StaffSiteCrawlAsMunicipalityAdminTests(PlatformHost host, ChromiumBrowser browser)
{
    [Theory]
    [InlineData("de-DE", "de")]
    [InlineData("en-US", "en")]
    public async Task every_staff_page_of_a_municipality_admin_reflows_at_320_pixels_and_has_no_wcag_aa_violations_in_german_and_english(string locale, string language)
    {
        await using var context = await StaffSiteCrawlTests.SignedInWithRoleAsync(host, browser, "municipality-admin", locale);

        var visited = await StaffSiteCrawlTests.CrawlAsync(context, host, language, StaffSiteCrawlTests.AdministrationArea);

        Assert.Contains("/verwaltung/rollen", visited);
        Assert.Contains("/verwaltung/rollen/vergeben", visited);
        Assert.Contains("/verwaltung/hilfe/import", visited);
        Assert.Contains("/verwaltung/daten", visited);
        Assert.DoesNotContain("/verwaltung/protokoll", visited);
        Assert.DoesNotContain("/verwaltung/anwendungen", visited);
    }
}

/// <summary>
/// The administration as the demo region admin reaches it, in English (the region admin's German crawl covers the whole
/// staff area).
/// </summary>
public sealed class StaffSiteCrawlAsRegionAdminInEnglishTests(PlatformHost host, ChromiumBrowser browser)
{
    [Fact]
    public async Task every_staff_page_of_the_region_admin_reflows_at_320_pixels_and_has_no_wcag_aa_violations_in_english()
    {
        await using var context = await StaffSiteCrawlTests.SignedInAsDemoAdminAsync(host, browser, "en-US");

        var visited = await StaffSiteCrawlTests.CrawlAsync(context, host, "en", StaffSiteCrawlTests.AdministrationArea);

        Assert.Contains("/verwaltung/rollen", visited);
        Assert.Contains("/verwaltung/protokoll", visited);
        Assert.Contains("/verwaltung/anwendungen", visited);
    }
}
