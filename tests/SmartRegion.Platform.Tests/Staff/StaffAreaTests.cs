using System.Net;
using SmartRegion.TestKit;
using static SmartRegion.TestKit.Personas;

namespace SmartRegion.Platform.Tests.Staff;

/// <summary>
/// The staff area <c>/verwaltung</c> lists exactly the staff pages a person may use — built from what the modules
/// registered, filtered by the person's roles and municipalities — and every staff page carries breadcrumbs.
/// </summary>
public sealed class StaffAreaTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    private static readonly string[] Everything =
    [
        "/verwaltung/rollen", "/verwaltung/hilfe/pruefen", "/verwaltung/hilfe/luecken", "/verwaltung/hilfe/anbieter",
        "/verwaltung/hilfe/import", "/verwaltung/daten", "/verwaltung/barrieren", "/verwaltung/protokoll",
        "/verwaltung/anwendungen", "/verwaltung/mails", "/verwaltung/mitmachen", "/verwaltung/mitmachen/briefe", "/verwaltung/mitmachen/nachweise",
        "/change-lab/freigaben",
    ];

    public static TheoryData<string, string[]> Entries => new()
    {
        { RegionAdmin, Everything },
        { AdminHoechberg, ["/verwaltung/rollen", "/verwaltung/hilfe/pruefen", "/verwaltung/hilfe/luecken", "/verwaltung/hilfe/anbieter", "/verwaltung/hilfe/import", "/verwaltung/daten", "/verwaltung/mitmachen", "/verwaltung/mitmachen/briefe", "/verwaltung/mitmachen/nachweise", "/change-lab/freigaben"] },
        { StaffHoechberg, ["/verwaltung/hilfe/pruefen", "/verwaltung/hilfe/luecken", "/verwaltung/daten", "/verwaltung/mitmachen", "/verwaltung/mitmachen/briefe", "/verwaltung/mitmachen/nachweise"] },
        { ModeratorHoechberg, ["/verwaltung/hilfe/luecken"] },
        { Resident, [] },
    };

    [Theory]
    [MemberData(nameof(Entries))]
    public async Task each_person_sees_exactly_the_staff_pages_they_may_open(string persona, string[] expected)
    {
        await Personas.SignInAsync(Host, Client, persona);

        var listed = await ListedAsync(Client);

        Assert.Equal(expected.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        foreach (var href in Everything)
        {
            using var response = await Client.GetAsync(new Uri(href, UriKind.Relative));
            Assert.True(listed.Contains(href) == (response.StatusCode == HttpStatusCode.OK), $"{persona}: {href} answered {(int)response.StatusCode}, listed: {listed.Contains(href)}");
        }
    }

    [Fact]
    public async Task a_provider_sees_no_staff_pages_but_a_plain_message()
    {
        using var provider = await ProviderAsync();

        var page = await HtmlPage.LoadAsync(provider, "/verwaltung");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(await ListedAsync(provider));
        Assert.Contains("keine Aufgaben in der Verwaltung", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task anonymous_people_are_sent_to_the_sign_in_and_come_back_to_the_staff_area()
    {
        using var response = await Client.GetAsync(new Uri("/verwaltung", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/anmelden", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Fverwaltung", response.Headers.Location!.Query, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/verwaltung", new[] { "/" }, "Verwaltung")]
    [InlineData("/verwaltung/rollen", new[] { "/", "/verwaltung" }, "Rollen verwalten")]
    [InlineData("/verwaltung/rollen/vergeben", new[] { "/", "/verwaltung", "/verwaltung/rollen" }, "Rolle vergeben")]
    [InlineData("/verwaltung/daten/tokens", new[] { "/", "/verwaltung", "/verwaltung/daten" }, null)]
    [InlineData("/verwaltung/hilfe/luecken", new[] { "/", "/verwaltung" }, "Wo fehlt Hilfe?")]
    [InlineData("/verwaltung/anwendungen/neu", new[] { "/", "/verwaltung", "/verwaltung/anwendungen" }, null)]
    public async Task every_staff_page_has_breadcrumbs_from_home_to_the_page_itself(string url, string[] parents, string? current)
    {
        await Personas.SignInAsync(Host, Client, RegionAdmin);

        var page = await GetPageAsync(url);

        var trail = page.Document.QuerySelector("nav[aria-label=Brotkrumen]");
        Assert.NotNull(trail);
        Assert.Equal(parents, trail.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var here = Assert.Single(trail.QuerySelectorAll("[aria-current=page]"));
        Assert.Equal(page.H1, here.TextContent.Trim());
        if (current is not null)
        {
            Assert.Equal(current, here.TextContent.Trim());
        }

        // Each crumb reads like the page it leads to.
        foreach (var link in trail.QuerySelectorAll("a").Skip(1))
        {
            var target = await GetPageAsync(link.GetAttribute("href")!);
            Assert.Equal(target.H1, link.TextContent.Trim());
        }
    }

    [Fact]
    public async Task pages_outside_the_staff_area_have_no_breadcrumbs()
    {
        await Personas.SignInAsync(Host, Client, RegionAdmin);

        var page = await GetPageAsync("/konto");

        Assert.Null(page.Document.QuerySelector("nav[aria-label=Brotkrumen]"));
        Assert.Contains(page.Document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/verwaltung");
    }

    [Fact]
    public async Task the_staff_area_speaks_english_with_english_breadcrumbs()
    {
        await Personas.SignInAsync(Host, Client, StaffHoechberg);
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var page = await GetPageAsync("/verwaltung/daten");

        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        var trail = page.Document.QuerySelector("nav[aria-label=Breadcrumb]");
        Assert.NotNull(trail);
        Assert.Equal(["Home", "Administration"], trail.QuerySelectorAll("a").Select(a => a.TextContent.Trim()));
        Assert.Equal("Manage open data", trail.QuerySelector("[aria-current=page]")!.TextContent.Trim());
    }

    private static async Task<List<string>> ListedAsync(HttpClient client)
    {
        var page = await HtmlPage.LoadAsync(client, "/verwaltung");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return [.. page.Document.QuerySelectorAll("main nav a").Select(a => a.GetAttribute("href")!)];
    }

    /// <summary>A person who founded a provider organisation (so holds the organisation member role) and signed in again.</summary>
    private async Task<HttpClient> ProviderAsync()
    {
        var person = await People.CreateAsync(Host, "anbieter@beispiel.de");
        using var first = Host.CreateBrowserClient();
        await People.SignInSucceedsAsync(first, person.Email);
        var form = await HtmlPage.LoadAsync(first, "/organisationen/neu");
        using var created = await form.SubmitAsync(first, "main form", new Dictionary<string, string>
        {
            ["Model.Name"] = "Nachbarschaftshilfe Verwaltungstest",
            ["Model.Kind"] = "provider",
            ["Model.MunicipalityAgs"] = Hoechberg,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var client = Host.CreateBrowserClient();
        await People.SignInSucceedsAsync(client, person.Email);
        return client;
    }
}
