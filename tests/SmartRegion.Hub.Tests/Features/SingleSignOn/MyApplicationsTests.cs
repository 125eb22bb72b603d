using System.Net;
using System.Text.Json;
using Duende.IdentityModel.OidcClient;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features.SingleSignOn;

public sealed class MyApplicationsTests(OidcHost host) : IntegrationTest<OidcHost>(host), IClassFixture<OidcHost>
{
    private const string Email = "erika@beispiel.de";

    [Fact]
    public async Task a_person_sees_the_application_they_consented_to_and_withdrawing_it_on_the_page_ends_its_tokens_and_consent()
    {
        await People.CreateAsync(Host, Email);
        var client = await OidcClients.RegisterAsync(Host);
        var browser = new TestBrowser(Client, Email);
        var login = await OidcClients.Create(Host, client, browser).LoginAsync(new LoginRequest());
        Assert.False(login.IsError, login.Error);

        var list = await GetPageAsync("/konto/anwendungen");
        var withdraw = list.Document.QuerySelector("main table a[href$='/entziehen']")!.GetAttribute("href")!;
        var confirm = await GetPageAsync(withdraw);
        var answer = await confirm.SubmitAsync(Client, "main form", new Dictionary<string, string>());
        var after = await GetPageAsync(answer.Headers.Location!.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains("Vereinsportal", list.Document.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ihre E-Mail-Adresse sehen", list.Document.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Zugriff für „Vereinsportal“ entziehen?", confirm.H1);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Null(after.Document.QuerySelector("main table"));
        Assert.NotNull(after.Document.QuerySelector("main [role=status]"));
        await AssertWithdrawnAsync(client, browser, login);
    }

    [Fact]
    public async Task the_api_lists_the_consents_and_withdrawing_one_ends_its_tokens_and_consent()
    {
        await People.CreateAsync(Host, Email);
        var client = await OidcClients.RegisterAsync(Host);
        var browser = new TestBrowser(Client, Email);
        var login = await OidcClients.Create(Host, client, browser).LoginAsync(new LoginRequest());
        Assert.False(login.IsError, login.Error);

        var listed = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/hub/me/applications", UriKind.Relative))).RootElement;
        var item = Assert.Single(listed.EnumerateArray());
        var id = item.GetProperty("authorizationId").GetString()!;
        var deleted = await Client.DeleteAsync(new Uri("/api/hub/me/applications/" + id, UriKind.Relative));
        var again = await Client.DeleteAsync(new Uri("/api/hub/me/applications/" + id, UriKind.Relative));
        var afterwards = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/hub/me/applications", UriKind.Relative))).RootElement;

        Assert.Equal("Vereinsportal", item.GetProperty("name").GetString());
        Assert.Contains(item.GetProperty("scopes").EnumerateArray(), s => s.GetString() == "hub");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(0, afterwards.GetArrayLength());
        await AssertWithdrawnAsync(client, browser, login);
    }

    [Fact]
    public async Task another_person_can_neither_see_nor_withdraw_a_consent()
    {
        await People.CreateAsync(Host, Email);
        await People.CreateAsync(Host, "max@beispiel.de");
        var client = await OidcClients.RegisterAsync(Host);
        var oidc = OidcClients.Create(Host, client, new TestBrowser(Client, Email));
        var login = await oidc.LoginAsync(new LoginRequest());
        Assert.False(login.IsError, login.Error);
        var id = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/hub/me/applications", UriKind.Relative))).RootElement[0].GetProperty("authorizationId").GetString()!;
        using var other = Host.CreateBrowserClient();
        await People.SignInAsync(other, "max@beispiel.de");

        var page = await HtmlPage.LoadAsync(other, "/konto/anwendungen/" + id + "/entziehen");
        var list = await HtmlPage.LoadAsync(other, "/konto/anwendungen");
        var deleted = await other.DeleteAsync(new Uri("/api/hub/me/applications/" + id, UriKind.Relative));
        var listed = await other.GetStringAsync(new Uri("/api/hub/me/applications", UriKind.Relative));
        var garbage = await other.DeleteAsync(new Uri("/api/hub/me/applications/not-a-guid", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Null(page.Document.QuerySelector("main form"));
        Assert.Null(list.Document.QuerySelector("main table"));
        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, garbage.StatusCode);
        Assert.Equal("[]", listed);
        Assert.False((await oidc.RefreshTokenAsync(login.RefreshToken)).IsError);
    }

    [Fact]
    public async Task anonymous_visitors_are_sent_to_sign_in_and_the_api_answers_401()
    {
        var page = await Client.GetAsync(new Uri("/konto/anwendungen", UriKind.Relative));
        var api = await Client.GetAsync(new Uri("/api/hub/me/applications", UriKind.Relative));
        var delete = await Client.DeleteAsync(new Uri("/api/hub/me/applications/" + Guid.NewGuid(), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/anmelden", page.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, delete.StatusCode);
    }

    [Fact]
    public async Task the_consents_are_part_of_the_personal_data_export_and_the_account_page_links_them()
    {
        await People.CreateAsync(Host, Email);
        var client = await OidcClients.RegisterAsync(Host);
        Assert.False((await OidcClients.Create(Host, client, new TestBrowser(Client, Email)).LoginAsync(new LoginRequest())).IsError);

        var export = await Client.GetStringAsync(new Uri("/api/hub/me/data", UriKind.Relative));
        var account = await GetPageAsync("/konto");

        Assert.Contains("applicationConsents", export, StringComparison.Ordinal);
        Assert.Contains(client.ClientId, export, StringComparison.Ordinal);
        Assert.NotNull(account.Document.QuerySelector("main a[href='/konto/anwendungen']"));
    }

    private async Task AssertWithdrawnAsync(SmartRegion.Hub.SingleSignOn.RegisterClient.Response client, TestBrowser browser, LoginResult login)
    {
        var refreshed = await OidcClients.Create(Host, client, browser).RefreshTokenAsync(login.RefreshToken);
        Assert.True(refreshed.IsError);
        using var api = Host.CreateClient();
        using var me = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/hub/me", UriKind.Relative));
        me.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", login.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.SendAsync(me)).StatusCode);

        var next = await OidcClients.Create(Host, client, browser).LoginAsync(new LoginRequest());
        Assert.False(next.IsError, next.Error);
        Assert.Equal(2, browser.ConsentForms);
    }
}
