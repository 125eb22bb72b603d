using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.TestKit;
using static SmartRegion.Help.Tests.Providers.ProviderPeople;

namespace SmartRegion.Help.Tests.Providers;

public sealed class LinkProviderTests(ProviderHost host) : IntegrationTest<ProviderHost>(host), IClassFixture<ProviderHost>
{
    private const string PagePath = "/verwaltung/hilfe/anbieter";

    private static string EditUrl => $"/hilfe/meine-angebote/{HoechbergService}/bearbeiten";

    private static Uri LinkUri(string organization = HoechbergOrganization) => new($"/api/help/organizations/{organization}/hub-organisation", UriKind.Relative);

    [Fact]
    public async Task a_region_admin_links_the_provider_to_a_hub_organisation_and_its_members_may_then_edit_its_offers_until_unlinked()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        var hub = await FoundOrganisationAsync(member);
        using var admin = await DemoAdminAsync(Host);
        var before = await member.GetAsync(new Uri(EditUrl, UriKind.Relative));

        var linked = await admin.PutAsJsonAsync(LinkUri(), new { hubOrganisationId = $"https://region.example/organisationen/{hub}" });
        var after = await member.GetAsync(new Uri(EditUrl, UriKind.Relative));

        Assert.Equal("/fehler/403", Target(before));
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal("Nachbarschaftshilfe Höchberg e.V.", (await linked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hubOrganisationName").GetString());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(hub, await HubOf(HoechbergOrganization));

        var unlinked = await admin.DeleteAsync(LinkUri());
        var afterUnlink = await member.GetAsync(new Uri(EditUrl, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, unlinked.StatusCode);
        Assert.Null(await HubOf(HoechbergOrganization));
        Assert.Equal("/fehler/403", Target(afterUnlink));
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000001")]
    [InlineData("keine Organisation")]
    [InlineData("")]
    public async Task an_unknown_hub_organisation_is_a_validation_error_naming_the_field_and_changes_nothing(string given)
    {
        using var admin = await DemoAdminAsync(Host);

        var response = await admin.PutAsJsonAsync(LinkUri(), new { hubOrganisationId = given });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(errors.EnumerateObject(), e => e.Name.Equals("HubOrganisationId", StringComparison.OrdinalIgnoreCase));
        Assert.Null(await HubOf(HoechbergOrganization));
    }

    [Fact]
    public async Task residents_staff_and_admins_of_another_municipality_may_not_link_and_an_unknown_provider_is_not_found()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        var hub = await FoundOrganisationAsync(member);
        using var staff = await SignedInAsync(Host, "sachbearbeiter@beispiel.de", ("staff", Hoechberg));
        using var otherAdmin = await SignedInAsync(Host, "rimpar-admin@beispiel.de", ("municipality-admin", Rimpar));
        using var localAdmin = await SignedInAsync(Host, "hoechberg-admin@beispiel.de", ("municipality-admin", Hoechberg));

        Assert.Equal(HttpStatusCode.Forbidden, (await member.PutAsJsonAsync(LinkUri(), new { hubOrganisationId = hub })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PutAsJsonAsync(LinkUri(), new { hubOrganisationId = hub })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherAdmin.PutAsJsonAsync(LinkUri(), new { hubOrganisationId = hub })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.DeleteAsync(LinkUri())).StatusCode);
        Assert.Equal("/fehler/403", Target(await member.GetAsync(new Uri(PagePath, UriKind.Relative))));
        Assert.Null(await HubOf(HoechbergOrganization));

        Assert.Equal(HttpStatusCode.NotFound, (await localAdmin.PutAsJsonAsync(LinkUri("gibt-es-nicht"), new { hubOrganisationId = hub })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await localAdmin.PutAsJsonAsync(LinkUri(), new { hubOrganisationId = hub })).StatusCode);
        Assert.Equal(hub, await HubOf(HoechbergOrganization));
    }

    [Fact]
    public async Task the_page_lists_the_providers_and_its_form_links_one_after_showing_errors()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        var hub = await FoundOrganisationAsync(member);
        using var admin = await DemoAdminAsync(Host);
        var page = await HtmlPage.LoadAsync(admin, PagePath);
        Assert.Contains("nicht verknüpft", page.Document.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(PagePath, (await HtmlPage.LoadAsync(admin, "/konto")).Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));

        var wrong = await page.SubmitAsync(admin, "main form", new Dictionary<string, string>
        {
            ["Model.Organization"] = HoechbergOrganization,
            ["Model.HubOrganisationId"] = Guid.NewGuid().ToString(),
            ["Model.Action"] = "link",
        });
        var shown = await HtmlPage.FromAsync(wrong, PagePath);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Diese Organisation gibt es nicht.", shown.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.All(shown.ErrorSummaryLinks(), l => Assert.NotNull(shown.Document.GetElementById(l.Target)));
        Assert.Null(await HubOf(HoechbergOrganization));

        var posted = await page.SubmitAsync(admin, "main form", new Dictionary<string, string>
        {
            ["Model.Organization"] = HoechbergOrganization,
            ["Model.HubOrganisationId"] = $"/organisationen/{hub}",
            ["Model.Action"] = "link",
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(PagePath + "?erledigt=verknuepft", Target(posted));
        Assert.Equal(hub, await HubOf(HoechbergOrganization));
        var after = await HtmlPage.LoadAsync(admin, PagePath);
        Assert.Contains(after.Document.QuerySelectorAll("main table a"), a => a.GetAttribute("href") == $"/organisationen/{hub}" && a.TextContent == "Nachbarschaftshilfe Höchberg e.V.");
    }

    private Task<Guid?> HubOf(string organization) =>
        Host.QueryAsync(db => db.Organizations.Where(o => o.Id == organization).Select(o => o.HubOrganisationId).SingleAsync());

    private static string? Target(HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
