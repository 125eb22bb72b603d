using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>Links in mails come from the configured public origin or the server's own address, never from a request's Host.</summary>
public sealed class MailLinkOriginTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    private const string Email = "erika@beispiel.de";

    [Fact]
    public async Task without_proxy_and_setting_a_forged_host_does_not_reach_the_reset_link()
    {
        Mailbox.Clear(Host);
        await People.CreateAsync(Host, Email);

        var response = await RequestResetAsync(Client, forwardedHost: null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = Mailbox.NewestTo(Host, Email).TextBody;
        // The server's own address (the test server's configured Urls), whatever Host the request named.
        Assert.Matches(@"http://localhost(:\d+)?/passwort-zuruecksetzen\?", body);
        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task behind_the_proxy_without_a_public_origin_the_start_fails_with_one_clear_message()
    {
        var misconfigured = new ProxyMailHost(publicOrigin: null);
        try
        {
            var error = await Assert.ThrowsAsync<OptionsValidationException>(async () => await misconfigured.InitializeAsync());

            Assert.Contains("Modules:Hub:PublicOrigin must be set when Proxy:Enabled is true", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await misconfigured.DisposeAsync();
        }
    }

    [Fact]
    public async Task behind_the_proxy_a_forwarded_host_does_not_reach_the_reset_link()
    {
        var proxied = new ProxyMailHost("https://smarte-region.example");
        try
        {
            await proxied.InitializeAsync();
            await proxied.ResetAsync();
            Mailbox.Clear(proxied);
            await People.CreateAsync(proxied, Email);
            using var client = proxied.CreateBrowserClient();

            var response = await RequestResetAsync(client, forwardedHost: "evil.example");

            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var body = Mailbox.NewestTo(proxied, Email).TextBody;
            Assert.Contains("https://smarte-region.example/passwort-zuruecksetzen?", body, StringComparison.Ordinal);
            Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
        }
        finally
        {
            await proxied.DisposeAsync();
        }
    }

    [Fact]
    public async Task the_invitation_form_of_an_organisation_does_not_take_its_link_from_a_forged_host()
    {
        Mailbox.Clear(Host);
        await People.CreateAsync(Host, "vorstand@beispiel.de");
        await People.SignInAsync(Client, "vorstand@beispiel.de");
        var created = await Client.PostAsJsonAsync(new Uri("/api/hub/organizations", UriKind.Relative), new { name = "Tafel Rimpar", kind = "provider" });
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        Client.DefaultRequestHeaders.Host = "evil.example";
        var page = await GetPageAsync($"/organisationen/{id}");

        var invited = await page.SubmitAsync(Client, "form:has(input[name='Invite.Email'])", new Dictionary<string, string> { ["Invite.Email"] = "helga@beispiel.de" });

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var body = Mailbox.NewestTo(Host, "helga@beispiel.de").TextBody ?? "";
        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(body, @"http://localhost(:\d+)?/organisationen/einladung\?code="), body);
    }

    private static async Task<HttpResponseMessage> RequestResetAsync(HttpClient client, string? forwardedHost)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/hub/password-resets", UriKind.Relative))
        {
            Content = JsonContent.Create(new { email = Email }),
        };
        request.Headers.Host = "evil.example";
        if (forwardedHost is not null)
        {
            request.Headers.Add("X-Forwarded-Host", forwardedHost);
            request.Headers.Add("X-Forwarded-Proto", "https");
        }

        return await client.SendAsync(request);
    }

    private sealed class ProxyMailHost(string? publicOrigin) : SmartRegionHost
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Proxy:Enabled"] = "true",
            ["Proxy:KnownProxies:0"] = "127.0.0.1",
            ["Modules:Hub:PublicOrigin"] = publicOrigin,
        };
    }
}
