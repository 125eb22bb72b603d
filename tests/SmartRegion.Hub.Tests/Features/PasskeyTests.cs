using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Audit;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

public sealed class PasskeyTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    private const string Email = "erika@beispiel.de";

    private async Task<TestPerson> SignedInAsync()
    {
        var person = await People.CreateAsync(Host, Email);
        await People.SignInAsync(Client, Email);
        return person;
    }

    // Stored as an authenticator would have left it; only the list and removal are tested with it, never a sign-in.
    private async Task<string> StorePasskeyAsync(TestPerson person, string name)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        var id = Guid.NewGuid().ToByteArray();
        var info = new UserPasskeyInfo(id, [1, 2, 3], DateTimeOffset.UtcNow, 0, ["internal"], true, false, false, [4], [5]) { Name = name };
        Assert.True((await users.AddOrUpdatePasskeyAsync((await users.FindByIdAsync(person.Id.ToString()))!, info)).Succeeded);
        return System.Buffers.Text.Base64Url.EncodeToString(id);
    }

    [Fact]
    public async Task the_creation_options_carry_the_site_as_relying_party_and_a_fresh_challenge()
    {
        var person = await SignedInAsync();
        var token = await SecurityClient.AntiforgeryTokenAsync(Client);

        var first = await SecurityClient.SendAsync(Client, HttpMethod.Post, "/api/hub/passkeys/creation-options", null, token);
        var second = await SecurityClient.SendAsync(Client, HttpMethod.Post, "/api/hub/passkeys/creation-options", null, token);
        var options = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("localhost", options.GetProperty("rp").GetProperty("id").GetString());
        Assert.Equal(Email, options.GetProperty("user").GetProperty("name").GetString());
        Assert.Equal(person.Id.ToString(), System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(options.GetProperty("user").GetProperty("id").GetString())));
        var challenge = options.GetProperty("challenge").GetString()!;
        Assert.True(System.Buffers.Text.Base64Url.DecodeFromChars(challenge).Length >= 16);
        Assert.NotEqual(challenge, JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task the_request_options_are_open_to_visitors_with_the_form_token()
    {
        var token = await SecurityClient.AntiforgeryTokenAsync(Client, "/anmelden");

        var response = await SecurityClient.SendAsync(Client, HttpMethod.Post, "/api/hub/passkeys/request-options", null, token);
        var withoutToken = await SecurityClient.SendAsync(Client, HttpMethod.Post, "/api/hub/passkeys/request-options", null, null);
        var options = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("localhost", options.GetProperty("rpId").GetString());
        Assert.False(string.IsNullOrEmpty(options.GetProperty("challenge").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
    }

    [Fact]
    public async Task an_attestation_that_is_not_one_is_refused_with_a_problem_and_nothing_is_stored()
    {
        await SignedInAsync();
        var token = await SecurityClient.AntiforgeryTokenAsync(Client);
        await SecurityClient.SendAsync(Client, HttpMethod.Post, "/api/hub/passkeys/creation-options", null, token);

        var garbage = await SecurityClient.SendAsync(Client, HttpMethod.Post, "/api/hub/passkeys",
            new { name = "Laptop", credential = new { id = "abc", type = "public-key", response = new { clientDataJSON = "e30", attestationObject = "AA" } } }, token);
        var missing = await SecurityClient.SendAsync(Client, HttpMethod.Post, "/api/hub/passkeys", new { name = "" }, token);
        var list = await Client.GetStringAsync(new Uri("/api/hub/passkeys", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal("application/problem+json", garbage.Content.Headers.ContentType?.MediaType);
        Assert.Contains("nicht geprüft", await garbage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("[]", list);
    }

    [Fact]
    public async Task the_page_form_with_a_forged_credential_shows_the_error_summary()
    {
        await SignedInAsync();
        var page = await GetPageAsync("/konto/sicherheit");

        var response = await page.SubmitAsync(Client, "form[data-passkey-create]", new Dictionary<string, string>
        {
            ["AddModel.Name"] = "Laptop",
            ["AddModel.CredentialJson"] = "{\"id\":\"abc\",\"type\":\"public-key\"}",
        });
        var result = await HtmlPage.FromAsync(response, "/konto/sicherheit");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("feld-name", Assert.Single(result.ErrorSummaryLinks()).Target);
    }

    [Fact]
    public async Task passkeys_are_listed_and_removed_through_the_page_and_the_api()
    {
        var person = await SignedInAsync();
        var laptop = await StorePasskeyAsync(person, "Laptop");
        var phone = await StorePasskeyAsync(person, "Handy");
        var page = await GetPageAsync("/konto/sicherheit");
        var token = await SecurityClient.AntiforgeryTokenAsync(Client);

        var listed = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/hub/passkeys", UriKind.Relative))).RootElement;
        var removedByPage = await page.SubmitAsync(Client, "form:has(button[name='RemoveModel.Id'])", new Dictionary<string, string> { ["RemoveModel.Id"] = laptop });
        var removedByApi = await SecurityClient.SendAsync(Client, HttpMethod.Delete, "/api/hub/passkeys/" + phone, null, token);
        var unknown = await SecurityClient.SendAsync(Client, HttpMethod.Delete, "/api/hub/passkeys/" + phone, null, token);
        var after = await Client.GetStringAsync(new Uri("/api/hub/passkeys", UriKind.Relative));

        Assert.Equal(2, listed.GetArrayLength());
        Assert.Contains("Laptop", page.Document.QuerySelector(".sr-passkeys")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removedByPage.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removedByApi.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("[]", after);
        await using var scope = Host.Services.CreateAsyncScope();
        Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<HubDb>().Set<AuditEntry>().CountAsync(e => e.Action == "security.passkey.removed"));
    }

    [Fact]
    public async Task without_javascript_the_pages_keep_the_passkey_buttons_disabled_and_the_password_form_works()
    {
        await SignedInAsync();
        var security = await GetPageAsync("/konto/sicherheit");
        using var visitor = Host.CreateBrowserClient();
        var signIn = await HtmlPage.LoadAsync(visitor, "/anmelden");

        Assert.True(security.Document.QuerySelector("form[data-passkey-create] button[data-passkey-button]")!.HasAttribute("disabled"));
        Assert.NotNull(security.Document.QuerySelector("[data-passkey-nojs]"));
        Assert.NotNull(security.Document.QuerySelector("script[src='/js/passkeys.js']"));
        Assert.True(signIn.Document.QuerySelector("[data-passkey-section]")!.HasAttribute("hidden"));
        Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(visitor, Email)).StatusCode);
    }

    [Fact]
    public async Task a_passkey_sign_in_without_requested_options_is_refused_with_a_problem()
    {
        var token = await SecurityClient.AntiforgeryTokenAsync(Client, "/anmelden");

        var response = await SecurityClient.SendAsync(Client, HttpMethod.Post, "/api/hub/passkeys/sign-in", new { credential = new { id = "abc" } }, token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task a_passkey_sign_in_with_a_forged_assertion_is_refused()
    {
        await People.CreateAsync(Host, Email);
        var token = await SecurityClient.AntiforgeryTokenAsync(Client, "/anmelden");
        await SecurityClient.SendAsync(Client, HttpMethod.Post, "/api/hub/passkeys/request-options", null, token);

        var response = await SecurityClient.SendAsync(Client, HttpMethod.Post, "/api/hub/passkeys/sign-in",
            new { credential = new { id = "abc", type = "public-key", response = new { clientDataJSON = "e30" } } }, token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.GetAsync(new Uri("/konto", UriKind.Relative))).StatusCode);
    }
}
