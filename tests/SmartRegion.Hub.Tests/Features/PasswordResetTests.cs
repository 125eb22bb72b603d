using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

public sealed class PasswordResetTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    private const string Email = "erika@beispiel.de";
    private const string NewPassword = "ein neues langes Passwort";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Mailbox.Clear(Host);
    }

    [Fact]
    public async Task forgot_password_answers_the_same_for_unknown_and_known_addresses_and_only_the_known_one_gets_a_mail()
    {
        await People.CreateAsync(Host, Email);

        var known = await RequestResetAsync(Email);
        var unknown = await RequestResetAsync("niemand@beispiel.de");
        var sent = await GetPageAsync(known.Headers.Location!.PathAndQuery);

        Assert.Equal("/passwort-vergessen/gesendet", known.Headers.Location!.PathAndQuery);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.Equal("Bitte prüfen Sie Ihr Postfach", sent.H1);
        Assert.True(Mailbox.HasLinkTo(Mailbox.NewestTo(Host, Email), "/passwort-zuruecksetzen"));
        Assert.Empty(Mailbox.To(Host, "niemand@beispiel.de"));
    }

    [Fact]
    public async Task the_reset_link_sets_a_new_password_and_the_old_one_no_longer_works()
    {
        await People.CreateAsync(Host, Email);
        await RequestResetAsync(Email);
        var form = await GetPageAsync(Mailbox.LinkTo(Mailbox.NewestTo(Host, Email), "/passwort-zuruecksetzen"));

        var response = await form.SubmitAsync(Client, "main form", new Dictionary<string, string> { ["Model.NewPassword"] = NewPassword });
        var done = await GetPageAsync(response.Headers.Location!.PathAndQuery);
        var oldPassword = await HtmlPage.FromAsync(await People.SignInAsync(Client, Email), "/anmelden");
        var newPassword = await People.SignInAsync(Client, Email, NewPassword);

        Assert.Equal("Neues Passwort festlegen", form.H1);
        Assert.Equal("new-password", form.Document.GetElementById("feld-new-password")!.GetAttribute("autocomplete"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Ihr neues Passwort ist gespeichert", done.H1);
        Assert.NotNull(done.Document.QuerySelector("main a[href='/anmelden']"));
        Assert.Single(oldPassword.ErrorSummaryLinks());
        Assert.Equal("/konto", newPassword.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task a_short_new_password_shows_the_error_summary_and_keeps_the_old_one()
    {
        await People.CreateAsync(Host, Email);
        await RequestResetAsync(Email);
        var form = await GetPageAsync(Mailbox.LinkTo(Mailbox.NewestTo(Host, Email), "/passwort-zuruecksetzen"));

        var page = await HtmlPage.FromAsync(await form.SubmitAsync(Client, "main form", new Dictionary<string, string> { ["Model.NewPassword"] = "kurz" }), form.Url);

        Assert.Equal("feld-new-password", Assert.Single(page.ErrorSummaryLinks()).Target);
        Assert.Equal("/konto", (await People.SignInAsync(Client, Email)).Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task a_reset_also_lifts_the_wait_after_wrong_passwords()
    {
        await People.CreateAsync(Host, Email);
        for (var i = 0; i < 5; i++)
        {
            await People.SignInAsync(Client, Email, "falsch falsch falsch");
        }

        var waiting = await HtmlPage.FromAsync(await People.SignInAsync(Client, Email), "/anmelden");
        await RequestResetAsync(Email);
        var link = Mailbox.LinkTo(Mailbox.NewestTo(Host, Email), "/passwort-zuruecksetzen");
        var query = QueryHelpers.ParseQuery(new Uri("http://localhost" + link).Query);
        var reset = await Client.PostAsJsonAsync("/api/hub/password-resets/confirmation",
            new { person = query["person"].ToString(), code = query["code"].ToString(), newPassword = NewPassword });

        Assert.StartsWith("Zu viele Fehlversuche", Assert.Single(waiting.ErrorSummaryLinks()).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal("/konto", (await People.SignInAsync(Client, Email, NewPassword)).Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task a_tampered_or_used_reset_link_says_so_before_asking_for_a_password()
    {
        await People.CreateAsync(Host, Email);
        await RequestResetAsync(Email);
        var link = Mailbox.LinkTo(Mailbox.NewestTo(Host, Email), "/passwort-zuruecksetzen");
        var form = await GetPageAsync(link);
        await form.SubmitAsync(Client, "main form", new Dictionary<string, string> { ["Model.NewPassword"] = NewPassword });

        var used = await GetPageAsync(link);
        var tampered = await GetPageAsync(link[..^3] + "xyz");
        var api = await Client.PostAsJsonAsync("/api/hub/password-resets/confirmation", new { person = Guid.NewGuid(), code = "abc", newPassword = NewPassword });

        Assert.Equal("Der Link funktioniert nicht", used.H1);
        Assert.Equal("Der Link funktioniert nicht", tampered.H1);
        Assert.Null(tampered.Document.QuerySelector("main form"));
        Assert.NotNull(tampered.Document.QuerySelector("main a[href='/passwort-vergessen']"));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
    }

    [Fact]
    public async Task the_api_answers_known_and_unknown_addresses_alike_and_rejects_a_bad_one()
    {
        await People.CreateAsync(Host, Email);

        var known = await Client.PostAsJsonAsync("/api/hub/password-resets", new { email = Email });
        var unknown = await Client.PostAsJsonAsync("/api/hub/password-resets", new { email = "niemand@beispiel.de" });
        var bad = await Client.PostAsJsonAsync("/api/hub/password-resets", new { email = "kaputt" });

        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Single(Mailbox.To(Host, Email));
    }

    private async Task<HttpResponseMessage> RequestResetAsync(string email)
    {
        var page = await GetPageAsync("/passwort-vergessen");
        return await page.SubmitAsync(Client, "main form", new Dictionary<string, string> { ["Model.Email"] = email });
    }
}
