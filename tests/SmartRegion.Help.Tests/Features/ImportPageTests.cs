using System.Net;
using System.Text;
using SmartRegion.Help.Hsds;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Features;

public sealed class ImportPageTests(DemoHelpHost host) : IntegrationTest<DemoHelpHost>(host), IClassFixture<DemoHelpHost>
{
    private const string Form = "form[enctype='multipart/form-data']";

    [Fact]
    public async Task an_admin_uploads_the_directory_and_sees_what_was_read()
    {
        await Personas.SignInAsync(Host, Client, Personas.AdminHoechberg);
        var page = await HtmlPage.LoadAsync(Client, "/verwaltung/hilfe/import");

        var response = await page.SubmitFileAsync(Client, Form, "file", "offers.json", DemoOffersSeeder.ReadEmbedded(), "application/json");
        var result = await HtmlPage.FromAsync(response, "/verwaltung/hilfe/import");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("917 Datensätze gelesen", result.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(result.ErrorSummaryLinks());
    }

    [Fact]
    public async Task a_file_with_a_bad_record_lists_its_place_and_reason_and_stores_nothing_of_it()
    {
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);
        var before = await Host.CountsAsync();
        var page = await HtmlPage.LoadAsync(Client, "/verwaltung/hilfe/import");
        var bad = """{ "services": [ { "id": "0d6c3c2e-3a55-4a63-9a0e-1c1f6b0f0a01", "name": "", "status": "active", "organization_id": "nicht-vorhanden" } ] }""";

        var response = await page.SubmitFileAsync(Client, Form, "file", "bad.json", Encoding.UTF8.GetBytes(bad), "application/json");
        var result = await HtmlPage.FromAsync(response, "/verwaltung/hilfe/import");

        var rows = result.Document.QuerySelectorAll("table tbody tr").Select(r => r.TextContent).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("/services/0", r, StringComparison.Ordinal));
        Assert.Equal(before, await Host.CountsAsync());
    }

    [Fact]
    public async Task a_file_that_is_not_json_shows_the_error_summary_and_changes_nothing()
    {
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);
        var before = await Host.CountsAsync();
        var page = await HtmlPage.LoadAsync(Client, "/verwaltung/hilfe/import");

        var response = await page.SubmitFileAsync(Client, Form, "file", "kaputt.json", Encoding.UTF8.GetBytes("{ \"services\": [ "), "application/json");
        var result = await HtmlPage.FromAsync(response, "/verwaltung/hilfe/import");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("feld-file", Assert.Single(result.ErrorSummaryLinks()).Target);
        Assert.Equal(before, await Host.CountsAsync());
    }

    [Fact]
    public async Task the_account_page_links_the_import_for_admins_only()
    {
        await Personas.SignInAsync(Host, Client, Personas.AdminHoechberg);
        var admin = await HtmlPage.LoadAsync(Client, "/konto");
        using var staffClient = Host.CreateBrowserClient();
        await Personas.SignInAsync(Host, staffClient, Personas.StaffHoechberg);
        var staff = await HtmlPage.LoadAsync(staffClient, "/konto");

        Assert.NotNull(admin.Document.QuerySelector("a[href='/verwaltung/hilfe/import']"));
        Assert.Null(staff.Document.QuerySelector("a[href='/verwaltung/hilfe/import']"));
    }

    [Theory]
    [InlineData(Personas.Resident)]
    [InlineData(Personas.StaffHoechberg)]
    public async Task people_who_are_no_admins_do_not_reach_the_import_page(string persona)
    {
        await Personas.SignInAsync(Host, Client, persona);

        var response = await Client.GetAsync("/verwaltung/hilfe/import");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/fehler/403", response.Headers.Location!.AbsolutePath);
    }
}
