using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Duende.IdentityModel.OidcClient;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Roles;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features.SingleSignOn;

public sealed class OpenIdConnectTests(OidcHost host) : IntegrationTest<OidcHost>(host), IClassFixture<OidcHost>
{
    private const string Email = "erika@beispiel.de";

    [Fact]
    public async Task a_client_signs_a_person_in_with_code_and_pkce_reads_userinfo_and_the_api_refreshes_and_ends_the_session()
    {
        var person = await People.CreateAsync(Host, Email, roles: (HubRoles.Staff, "09679147"));
        var client = await OidcClients.RegisterAsync(Host);
        var browser = new TestBrowser(Client, Email);
        var oidc = OidcClients.Create(Host, client, browser);

        var login = await oidc.LoginAsync(new LoginRequest());

        Assert.False(login.IsError, login.Error + " " + login.ErrorDescription + " " + string.Join(" → ", browser.Visited));
        Assert.Equal(1, browser.SignInForms);
        Assert.Equal(1, browser.ConsentForms);
        Assert.Equal(person.Id.ToString(), login.User.FindFirst("sub")?.Value);
        Assert.Equal("erika", login.User.FindFirst("name")?.Value);
        Assert.Equal(Email, login.User.FindFirst("email")?.Value);
        Assert.Equal("de", login.User.FindFirst("locale")?.Value);
        Assert.Contains(login.User.FindAll("roles"), c => c.Value == "staff");
        Assert.Contains(login.User.FindAll("municipalities"), c => c.Value == "09679147");
        Assert.False(string.IsNullOrEmpty(login.RefreshToken));

        var userInfo = await oidc.GetUserInfoAsync(login.AccessToken);
        Assert.False(userInfo.IsError, userInfo.Error);
        Assert.Contains(userInfo.Claims, c => c.Type == "email" && c.Value == Email);
        var info = JsonDocument.Parse(await (await SendAsync("/connect/userinfo", login.AccessToken)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(JsonValueKind.Array, info.GetProperty("roles").ValueKind);
        Assert.Equal("09679147", info.GetProperty("municipalities")[0].GetString());
        Assert.True(info.GetProperty("email_verified").GetBoolean());

        var me = await GetMeAsync(login.AccessToken);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var body = JsonDocument.Parse(await me.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(person.Id.ToString(), body.GetProperty("sub").GetString());
        Assert.Equal("erika", body.GetProperty("name").GetString());
        Assert.Contains(body.GetProperty("roles").EnumerateArray(), r => r.GetString() == "staff");

        var refreshed = await oidc.RefreshTokenAsync(login.RefreshToken);
        Assert.False(refreshed.IsError, refreshed.Error + " " + refreshed.ErrorDescription);
        Assert.NotEqual(login.RefreshToken, refreshed.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, (await GetMeAsync(refreshed.AccessToken)).StatusCode);

        var logout = await oidc.LogoutAsync(new LogoutRequest { IdTokenHint = login.IdentityToken });
        Assert.False(logout.IsError, logout.Error);
        Assert.StartsWith(OidcClients.PostLogoutUri, browser.Visited.Count > 0 ? logout.Response : "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.GetAsync(new Uri("/konto", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task consent_is_asked_once_per_client_and_a_first_party_client_is_not_asked()
    {
        await People.CreateAsync(Host, Email);
        var client = await OidcClients.RegisterAsync(Host);
        var firstParty = await OidcClients.RegisterAsync(Host, firstParty: true);
        var browser = new TestBrowser(Client, Email);

        Assert.False((await OidcClients.Create(Host, client, browser).LoginAsync(new LoginRequest())).IsError);
        Assert.False((await OidcClients.Create(Host, client, browser).LoginAsync(new LoginRequest())).IsError);
        Assert.False((await OidcClients.Create(Host, firstParty, browser).LoginAsync(new LoginRequest())).IsError);

        Assert.Equal(1, browser.SignInForms);
        Assert.Equal(1, browser.ConsentForms);
    }

    [Fact]
    public async Task declining_consent_sends_the_client_access_denied_and_no_code()
    {
        await People.CreateAsync(Host, Email);
        var client = await OidcClients.RegisterAsync(Host);

        var login = await OidcClients.Create(Host, client, new TestBrowser(Client, Email, decision: "deny")).LoginAsync(new LoginRequest());

        Assert.True(login.IsError);
        Assert.Contains("access_denied", login.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_consent_page_names_the_client_and_lets_its_form_end_at_the_client_only()
    {
        await People.CreateAsync(Host, Email);
        var client = await OidcClients.RegisterAsync(Host);
        await People.SignInAsync(Client, Email);

        var response = await Client.GetAsync(new Uri(AuthorizeUrl(client.ClientId, OidcClients.RedirectUri, pkce: true), UriKind.Relative));
        var page = await GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Die Anwendung „Vereinsportal“ möchte:", page.H1);
        Assert.Contains("form-action 'self' https://app.example;", page.Response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_sign_in_form_of_an_authorization_request_may_end_at_that_client_only()
    {
        var client = await OidcClients.RegisterAsync(Host);

        var forClient = await Client.GetAsync(new Uri("/anmelden?returnUrl=" + Uri.EscapeDataString(AuthorizeUrl(client.ClientId, OidcClients.RedirectUri, pkce: true)), UriKind.Relative));
        var forWrongAddress = await Client.GetAsync(new Uri("/anmelden?returnUrl=" + Uri.EscapeDataString(AuthorizeUrl(client.ClientId, "https://evil.example/cb", pkce: true)), UriKind.Relative));

        Assert.Contains("form-action 'self' https://app.example;", forClient.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("form-action 'self';", forWrongAddress.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_discovery_document_announces_the_endpoints_scopes_and_only_s256()
    {
        var response = await Client.GetAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative));
        var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://localhost/", doc.GetProperty("issuer").GetString());
        Assert.Equal("http://localhost/connect/authorize", doc.GetProperty("authorization_endpoint").GetString());
        Assert.Equal("http://localhost/connect/token", doc.GetProperty("token_endpoint").GetString());
        Assert.Equal("http://localhost/connect/userinfo", doc.GetProperty("userinfo_endpoint").GetString());
        Assert.Equal("http://localhost/connect/logout", doc.GetProperty("end_session_endpoint").GetString());
        Assert.Equal(["S256"], Strings(doc, "code_challenge_methods_supported"));
        Assert.Equal(["code"], Strings(doc, "response_types_supported"));
        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "openid", "profile", "email", "roles", "offline_access", "hub" }, Strings(doc, "scopes_supported").ToHashSet(StringComparer.Ordinal));
        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "sub", "name", "email", "email_verified", "locale", "roles", "municipalities" }, Strings(doc, "claims_supported").ToHashSet(StringComparer.Ordinal));
        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "authorization_code", "refresh_token" }, Strings(doc, "grant_types_supported").ToHashSet(StringComparer.Ordinal));
        Assert.Contains("RS256", Strings(doc, "id_token_signing_alg_values_supported"));
    }

    [Fact]
    public async Task the_signing_key_is_kept_under_the_data_path_and_published()
    {
        var jwks = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/.well-known/jwks", UriKind.Relative))).RootElement;

        Assert.True(File.Exists(Path.Combine(Host.DataPath, "keys", "oidc-signing.pem")));
        var key = Assert.Single(jwks.GetProperty("keys").EnumerateArray());
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.False(key.TryGetProperty("d", out _));
    }

    [Fact]
    public async Task a_public_client_without_pkce_is_refused()
    {
        await People.CreateAsync(Host, Email);
        var client = await OidcClients.RegisterAsync(Host, confidential: false);
        await People.SignInAsync(Client, Email);

        var response = await Client.GetAsync(new Uri(AuthorizeUrl(client.ClientId, OidcClients.RedirectUri, pkce: false), UriKind.Relative));

        var location = response.Headers.Location?.OriginalString ?? "";
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("code_challenge", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("code=", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_wrong_redirect_uri_is_refused_without_going_there()
    {
        await People.CreateAsync(Host, Email);
        var client = await OidcClients.RegisterAsync(Host);
        await People.SignInAsync(Client, Email);

        var response = await Client.GetAsync(new Uri(AuthorizeUrl(client.ClientId, "https://evil.example/callback", pkce: true), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task an_unknown_client_is_refused()
    {
        var response = await Client.GetAsync(new Uri(AuthorizeUrl("sr-unknown", OidcClients.RedirectUri, pkce: true), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task a_revoked_client_gets_no_more_tokens_and_its_access_token_stops_working()
    {
        await People.CreateAsync(Host, Email);
        await People.CreateAsync(Host, "admin@beispiel.de", roles: (HubRoles.RegionAdmin, null));
        var client = await OidcClients.RegisterAsync(Host);
        var oidc = OidcClients.Create(Host, client, new TestBrowser(Client, Email));
        var login = await oidc.LoginAsync(new LoginRequest());
        Assert.False(login.IsError, login.Error);
        using var admin = Host.CreateBrowserClient();
        await People.SignInAsync(admin, "admin@beispiel.de");

        var revoked = await admin.DeleteAsync(new Uri("/api/hub/clients/" + client.ClientId, UriKind.Relative));
        var refreshed = await oidc.RefreshTokenAsync(login.RefreshToken);

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.True(refreshed.IsError);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetMeAsync(login.AccessToken)).StatusCode);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIiwiZXhwIjoxfQ.c2lnbmF0dXJl")]
    public async Task the_api_refuses_a_garbage_or_expired_token_with_a_401_problem(string token)
    {
        var response = await GetMeAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task a_token_without_the_hub_scope_does_not_open_the_hub_api()
    {
        await People.CreateAsync(Host, Email);
        var client = await OidcClients.RegisterAsync(Host, firstParty: true);
        var login = await OidcClients.Create(Host, client, new TestBrowser(Client, Email), scope: "openid profile").LoginAsync(new LoginRequest());
        Assert.False(login.IsError, login.Error);

        Assert.Equal(HttpStatusCode.Forbidden, (await GetMeAsync(login.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task the_api_knows_the_signed_in_person_by_the_session_cookie_too()
    {
        var person = await People.CreateAsync(Host, Email);
        await People.SignInAsync(Client, Email);

        var me = await Client.GetAsync(new Uri("/api/hub/me", UriKind.Relative));
        var anonymous = await Host.CreateBrowserClient().GetAsync(new Uri("/api/hub/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Contains(person.Id.ToString(), await me.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private Task<HttpResponseMessage> GetMeAsync(string accessToken) => SendAsync("/api/hub/me", accessToken);

    private async Task<HttpResponseMessage> SendAsync(string path, string accessToken)
    {
        using var api = Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await api.SendAsync(request);
    }

    private static string AuthorizeUrl(string clientId, string redirectUri, bool pkce) =>
        "/connect/authorize?response_type=code&scope=openid%20profile&state=abc&nonce=n1"
        + "&client_id=" + Uri.EscapeDataString(clientId) + "&redirect_uri=" + Uri.EscapeDataString(redirectUri)
        + (pkce ? "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256" : "");

    private static string[] Strings(JsonElement doc, string name) =>
        [.. doc.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
}
