using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Roles;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features.SingleSignOn;

public sealed class ClientAdministrationTests(OidcHost host) : IntegrationTest<OidcHost>(host), IClassFixture<OidcHost>
{
    private const string Admin = "admin@beispiel.de";

    [Fact]
    public async Task a_region_admin_registers_a_client_and_sees_its_secret_exactly_once()
    {
        await People.CreateAsync(Host, Admin, roles: (HubRoles.RegionAdmin, null));
        await People.SignInAsync(Client, Admin);
        var form = await GetPageAsync("/verwaltung/anwendungen/neu");

        var answer = await HtmlPage.FromAsync(await form.SubmitAsync(Client, "main form", new Dictionary<string, string>
        {
            ["Model.Name"] = "Vereinsportal",
            ["Model.RedirectUris"] = "https://verein.example/callback\nhttp://localhost:5000/callback",
            ["Model.PostLogoutRedirectUris"] = "https://verein.example/",
            ["Model.Confidential"] = "true",
        }), "/verwaltung/anwendungen/neu");
        var secret = answer.Document.GetElementById("client-secret")?.TextContent;
        var clientId = answer.Document.GetElementById("client-id")?.TextContent;
        var list = await GetPageAsync("/verwaltung/anwendungen");
        var api = await Client.GetStringAsync(new Uri("/api/hub/clients", UriKind.Relative));
        var audit = await Client.GetStringAsync(new Uri("/api/hub/audit-entries?action=clients.registered", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.False(string.IsNullOrEmpty(secret));
        Assert.Contains("no-store", answer.Response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains(clientId!, list.Document.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(secret!, list.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(secret!, api, StringComparison.Ordinal);
        Assert.Contains(clientId!, audit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://verein.example/callback")]
    [InlineData("https://verein.example/callback#token")]
    [InlineData("verein.example/callback")]
    [InlineData("javascript:alert(1)")]
    public async Task a_redirect_address_that_is_not_https_or_local_or_has_a_fragment_is_refused(string address)
    {
        await People.CreateAsync(Host, Admin, roles: (HubRoles.RegionAdmin, null));
        await People.SignInAsync(Client, Admin);
        var form = await GetPageAsync("/verwaltung/anwendungen/neu");

        var page = await HtmlPage.FromAsync(await form.SubmitAsync(Client, "main form", new Dictionary<string, string>
        {
            ["Model.Name"] = "Vereinsportal",
            ["Model.RedirectUris"] = address,
        }), "/verwaltung/anwendungen/neu");

        Assert.StartsWith("Fehler: ", page.Title, StringComparison.Ordinal);
        Assert.Equal("feld-redirect-uris", Assert.Single(page.ErrorSummaryLinks()).Target);
        Assert.Equal("[]", await Client.GetStringAsync(new Uri("/api/hub/clients", UriKind.Relative)));
    }

    [Fact]
    public async Task a_region_admin_registers_and_revokes_a_client_through_the_api_and_both_are_audited()
    {
        await People.CreateAsync(Host, Admin, roles: (HubRoles.RegionAdmin, null));
        await People.SignInAsync(Client, Admin);

        var created = await Client.PostAsJsonAsync(new Uri("/api/hub/clients", UriKind.Relative),
            new { name = "Bürger-App", redirectUris = new[] { "https://app.example/cb" }, confidential = false });
        var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var clientId = body.GetProperty("clientId").GetString()!;
        var revokePage = await GetPageAsync("/verwaltung/anwendungen/" + clientId + "/widerrufen");
        var revoked = await revokePage.SubmitAsync(Client, "main form", new Dictionary<string, string>());
        var audit = await Client.GetStringAsync(new Uri("/api/hub/audit-entries?action=clients.revoked", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("clientSecret").ValueKind);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal("[]", await Client.GetStringAsync(new Uri("/api/hub/clients", UriKind.Relative)));
        Assert.Contains(clientId, audit, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.DeleteAsync(new Uri("/api/hub/clients/" + clientId, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task residents_get_403_and_visitors_are_sent_to_sign_in_or_get_401()
    {
        await People.CreateAsync(Host, "erika@beispiel.de");
        using var resident = Host.CreateBrowserClient();
        await People.SignInAsync(resident, "erika@beispiel.de");

        var residentPage = await resident.GetAsync(new Uri("/verwaltung/anwendungen", UriKind.Relative));
        var residentApi = await resident.GetAsync(new Uri("/api/hub/clients", UriKind.Relative));
        var residentPost = await resident.PostAsJsonAsync(new Uri("/api/hub/clients", UriKind.Relative), new { name = "x", redirectUris = new[] { "https://a.example/" } });
        var visitorPage = await Client.GetAsync(new Uri("/verwaltung/anwendungen/neu", UriKind.Relative));
        var visitorApi = await Client.DeleteAsync(new Uri("/api/hub/clients/sr-x", UriKind.Relative));

        Assert.Contains("/fehler/403", residentPage.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, residentApi.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, residentPost.StatusCode);
        Assert.Contains("/anmelden", visitorPage.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, visitorApi.StatusCode);
    }
}
