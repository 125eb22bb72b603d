using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Audit;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

public sealed class TwoFactorTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    private const string Email = "erika@beispiel.de";

    private async Task SignedInAsync()
    {
        await People.CreateAsync(Host, Email);
        await People.SignInAsync(Client, Email);
    }

    private async Task<HttpResponseMessage> SubmitCodeAsync(HttpClient client, string code, string url = "/anmelden/zweiter-faktor")
    {
        var page = await HtmlPage.LoadAsync(client, url);
        return await page.SubmitAsync(client, "main form", new Dictionary<string, string> { ["Model.Code"] = code });
    }

    [Fact]
    public async Task the_security_page_shows_two_factor_off_and_the_setup_shows_the_key_in_blocks_and_as_qr_code()
    {
        await SignedInAsync();

        var security = await GetPageAsync("/konto/sicherheit");
        var setup = await GetPageAsync("/konto/sicherheit/authenticator");

        Assert.Equal(HttpStatusCode.OK, security.Status);
        Assert.Contains("ausgeschaltet", security.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(security.Document.QuerySelector("a[href='/konto/sicherheit/authenticator']"));
        var key = setup.Document.QuerySelector("code.sr-shared-key")!.TextContent.Trim();
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);
        var image = setup.Document.QuerySelector("img.sr-qr-code")!;
        Assert.StartsWith("data:image/svg+xml;base64,", image.GetAttribute("src"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(image.GetAttribute("alt")));
        var code = setup.Document.GetElementById("feld-code")!;
        Assert.Equal("one-time-code", code.GetAttribute("autocomplete"));
        Assert.Equal("numeric", code.GetAttribute("inputmode"));
        Assert.Equal(key, (await GetPageAsync("/konto/sicherheit/authenticator")).Document.QuerySelector("code.sr-shared-key")!.TextContent.Trim());
    }

    [Fact]
    public async Task enabling_with_a_wrong_code_shows_the_error_summary_and_changes_nothing()
    {
        await SignedInAsync();
        var page = await GetPageAsync("/konto/sicherheit/authenticator");
        var key = page.Document.QuerySelector("code.sr-shared-key")!.TextContent.Trim();

        var response = await page.SubmitAsync(Client, "main form", new Dictionary<string, string> { ["Model.Code"] = SecurityClient.WrongCode(key) });
        var result = await HtmlPage.FromAsync(response, "/konto/sicherheit/authenticator");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.StartsWith("Fehler: ", result.Title, StringComparison.Ordinal);
        var error = Assert.Single(result.ErrorSummaryLinks());
        Assert.Equal("feld-code", error.Target);
        Assert.Contains("Code stimmt nicht", error.Text, StringComparison.Ordinal);
        Assert.Contains("ausgeschaltet", (await GetPageAsync("/konto/sicherheit")).Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task enabling_shows_ten_recovery_codes_once_and_is_audited()
    {
        await SignedInAsync();

        var (_, codes) = await SecurityClient.EnableAsync(Client);
        var again = await GetPageAsync("/konto/sicherheit/wiederherstellungscodes");
        var security = await GetPageAsync("/konto/sicherheit");

        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.Empty(again.Document.QuerySelectorAll(".sr-recovery-codes code"));
        Assert.Contains("eingeschaltet", security.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("10 Wiederherstellungscodes", security.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await using var scope = Host.Services.CreateAsyncScope();
        var entry = await scope.ServiceProvider.GetRequiredService<HubDb>().Set<AuditEntry>().AsNoTracking().SingleAsync(e => e.Action == "security.two-factor.enabled");
        Assert.DoesNotContain(codes[0], entry.Details ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task after_enabling_the_password_leads_to_the_second_step_and_the_right_code_signs_in()
    {
        await SignedInAsync();
        var (key, _) = await SecurityClient.EnableAsync(Client);
        using var browser = Host.CreateBrowserClient();

        var password = await People.SignInAsync(browser, Email, url: "/anmelden?returnUrl=%2Fgemeinden");
        var before = await browser.GetAsync(new Uri("/konto", UriKind.Relative));
        var step = await HtmlPage.LoadAsync(browser, SecurityClient.Local(password));
        var signedIn = await step.SubmitAsync(browser, "main form", new Dictionary<string, string> { ["Model.Code"] = SecurityClient.Code(key) });

        Assert.Equal("/anmelden/zweiter-faktor", password.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        Assert.Equal("numeric", step.Document.GetElementById("feld-code")!.GetAttribute("inputmode"));
        Assert.NotNull(step.Document.QuerySelector("input[type=checkbox][name='Model.RememberDevice']"));
        Assert.NotNull(step.Document.QuerySelector("a[href^='/anmelden/wiederherstellungscode']"));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/gemeinden", signedIn.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/konto", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task a_wrong_code_shows_the_error_and_five_lock_the_account()
    {
        await SignedInAsync();
        var (key, _) = await SecurityClient.EnableAsync(Client);
        using var browser = Host.CreateBrowserClient();
        await People.SignInAsync(browser, Email);

        var first = await HtmlPage.FromAsync(await SubmitCodeAsync(browser, SecurityClient.WrongCode(key)), "/anmelden/zweiter-faktor");
        for (var i = 0; i < 4; i++)
        {
            await SubmitCodeAsync(browser, SecurityClient.WrongCode(key));
        }

        var locked = await HtmlPage.FromAsync(await SubmitCodeAsync(browser, SecurityClient.Code(key)), "/anmelden/zweiter-faktor");

        Assert.Equal("feld-code", Assert.Single(first.ErrorSummaryLinks()).Target);
        Assert.Contains("Code stimmt nicht", Assert.Single(first.ErrorSummaryLinks()).Text, StringComparison.Ordinal);
        Assert.Contains("gesperrt", Assert.Single(locked.ErrorSummaryLinks()).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync(new Uri("/konto", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task the_second_step_without_a_password_sign_in_goes_back_to_the_sign_in_form()
    {
        var response = await Client.GetAsync(new Uri("/anmelden/zweiter-faktor?returnUrl=%2Fgemeinden", UriKind.Relative));
        var recovery = await Client.GetAsync(new Uri("/anmelden/wiederherstellungscode", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/anmelden", response.Headers.Location!.AbsolutePath);
        Assert.Equal("/anmelden", recovery.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task the_second_step_follows_only_local_return_addresses(string returnUrl)
    {
        await SignedInAsync();
        var (key, _) = await SecurityClient.EnableAsync(Client);
        using var browser = Host.CreateBrowserClient();
        await People.SignInAsync(browser, Email);

        var response = await SubmitCodeAsync(browser, SecurityClient.Code(key), "/anmelden/zweiter-faktor?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal("http://localhost/konto", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task a_recovery_code_signs_in_once_only()
    {
        await SignedInAsync();
        var (_, codes) = await SecurityClient.EnableAsync(Client);
        using var browser = Host.CreateBrowserClient();
        await People.SignInAsync(browser, Email);

        var first = await SubmitCodeAsync(browser, codes[3], "/anmelden/wiederherstellungscode");
        var account = await HtmlPage.LoadAsync(browser, "/konto");
        await account.SubmitAsync(browser, "form[action='/abmelden']", new Dictionary<string, string>());
        await People.SignInAsync(browser, Email);
        var second = await HtmlPage.FromAsync(await SubmitCodeAsync(browser, codes[3], "/anmelden/wiederherstellungscode"), "/anmelden/wiederherstellungscode");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("http://localhost/konto", first.Headers.Location?.OriginalString);
        Assert.Contains("schon benutzt", Assert.Single(second.ErrorSummaryLinks()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task new_recovery_codes_replace_the_old_ones()
    {
        await SignedInAsync();
        var (_, old) = await SecurityClient.EnableAsync(Client);
        var security = await GetPageAsync("/konto/sicherheit");

        var response = await security.SubmitAsync(Client, "form:has(button.kern-btn--secondary):not(:has(input[type=password]))", new Dictionary<string, string>());
        var fresh = await GetPageAsync(SecurityClient.Local(response));
        var codes = fresh.Document.QuerySelectorAll(".sr-recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        using var browser = Host.CreateBrowserClient();
        await People.SignInAsync(browser, Email);
        var withOld = await HtmlPage.FromAsync(await SubmitCodeAsync(browser, old[0], "/anmelden/wiederherstellungscode"), "/anmelden/wiederherstellungscode");
        var withNew = await SubmitCodeAsync(browser, codes[0], "/anmelden/wiederherstellungscode");

        Assert.Equal(10, codes.Count);
        Assert.Empty(codes.Intersect(old));
        Assert.Single(withOld.ErrorSummaryLinks());
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
    }

    [Fact]
    public async Task disabling_needs_the_password_or_a_code_and_then_the_password_alone_signs_in()
    {
        await SignedInAsync();
        await SecurityClient.EnableAsync(Client);

        var security = await GetPageAsync("/konto/sicherheit");
        var wrong = await HtmlPage.FromAsync(await security.SubmitAsync(Client, "form:has(input[type=password])",
            new Dictionary<string, string> { ["DisableModel.Password"] = "falsch falsch falsch" }), "/konto/sicherheit");
        security = await GetPageAsync("/konto/sicherheit");
        var right = await security.SubmitAsync(Client, "form:has(input[type=password])",
            new Dictionary<string, string> { ["DisableModel.Password"] = People.Password });
        using var browser = Host.CreateBrowserClient();
        var signIn = await People.SignInAsync(browser, Email);

        Assert.Equal("feld-password", Assert.Single(wrong.ErrorSummaryLinks()).Target);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/konto/sicherheit?status=aus", right.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
        Assert.Equal("/konto", signIn.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(new Uri("/konto/sicherheit", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task the_api_sets_up_enables_renews_and_disables_two_factor()
    {
        await SignedInAsync();
        var token = await SecurityClient.AntiforgeryTokenAsync(Client);

        var setup = await SecurityClient.SendAsync(Client, HttpMethod.Post, "/api/hub/me/two-factor/authenticator", null, token);
        var setupJson = JsonDocument.Parse(await setup.Content.ReadAsStringAsync()).RootElement;
        var key = setupJson.GetProperty("sharedKey").GetString()!;
        var wrong = await SecurityClient.SendAsync(Client, HttpMethod.Post, "/api/hub/me/two-factor/enable", new { code = SecurityClient.WrongCode(key) }, token);
        var enabled = await SecurityClient.SendAsync(Client, HttpMethod.Post, "/api/hub/me/two-factor/enable", new { code = SecurityClient.Code(key) }, token);
        var status = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/hub/me/two-factor", UriKind.Relative))).RootElement;
        var again = await SecurityClient.SendAsync(Client, HttpMethod.Post, "/api/hub/me/two-factor/authenticator", null, token);
        var renewed = await SecurityClient.SendAsync(Client, HttpMethod.Post, "/api/hub/me/two-factor/recovery-codes", null, token);
        var disableWrong = await SecurityClient.SendAsync(Client, HttpMethod.Delete, "/api/hub/me/two-factor", new { password = "falsch falsch falsch" }, token);
        var disabled = await SecurityClient.SendAsync(Client, HttpMethod.Delete, "/api/hub/me/two-factor", new { code = SecurityClient.Code(key) }, token);
        var after = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/hub/me/two-factor", UriKind.Relative))).RootElement;

        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        Assert.Equal($"otpauth://totp/Smarte%20Region:erika%40beispiel.de?secret={key}&issuer=Smarte%20Region&digits=6", setupJson.GetProperty("authenticatorUri").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(10, JsonDocument.Parse(await enabled.Content.ReadAsStringAsync()).RootElement.GetProperty("recoveryCodes").GetArrayLength());
        Assert.True(status.GetProperty("enabled").GetBoolean());
        Assert.Equal(10, status.GetProperty("recoveryCodesLeft").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, disableWrong.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        Assert.False(after.GetProperty("enabled").GetBoolean());
        await using var scope = Host.Services.CreateAsyncScope();
        var actions = await scope.ServiceProvider.GetRequiredService<HubDb>().Set<AuditEntry>().AsNoTracking().Select(e => e.Action).ToListAsync();
        Assert.Contains("security.two-factor.enabled", actions);
        Assert.Contains("security.recovery-codes.regenerated", actions);
        Assert.Contains("security.two-factor.disabled", actions);
    }

    [Fact]
    public async Task api_writes_without_the_antiforgery_header_are_refused()
    {
        await SignedInAsync();

        var response = await SecurityClient.SendAsync(Client, HttpMethod.Post, "/api/hub/me/two-factor/authenticator", null, token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("GET", "/api/hub/me/two-factor")]
    [InlineData("POST", "/api/hub/me/two-factor/authenticator")]
    [InlineData("POST", "/api/hub/me/two-factor/enable")]
    [InlineData("POST", "/api/hub/me/two-factor/recovery-codes")]
    [InlineData("DELETE", "/api/hub/me/two-factor")]
    [InlineData("GET", "/api/hub/passkeys")]
    [InlineData("POST", "/api/hub/passkeys")]
    [InlineData("POST", "/api/hub/passkeys/creation-options")]
    [InlineData("DELETE", "/api/hub/passkeys/abc")]
    public async Task anonymous_callers_get_401_from_the_api(string method, string url)
    {
        var response = await SecurityClient.SendAsync(Client, new HttpMethod(method), url, new { }, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/konto/sicherheit")]
    [InlineData("/konto/sicherheit/authenticator")]
    [InlineData("/konto/sicherheit/wiederherstellungscodes")]
    public async Task anonymous_visitors_are_sent_to_the_sign_in_form(string url)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/anmelden", response.Headers.Location!.AbsolutePath);
    }
}
