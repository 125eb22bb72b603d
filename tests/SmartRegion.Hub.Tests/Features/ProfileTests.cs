using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

public sealed class ProfileTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    private const string Email = "erika@beispiel.de";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Mailbox.Clear(Host);
    }

    [Fact]
    public async Task a_profile_change_shows_on_the_account_page_and_in_the_api_and_the_pages_follow_the_language()
    {
        await People.CreateAsync(Host, Email);
        await People.SignInAsync(Client, Email);
        var form = await GetPageAsync("/konto/profil");
        var ags = form.Document.QuerySelectorAll("#feld-home-municipality-ags option")[1].GetAttribute("value")!;

        var response = await form.SubmitAsync(Client, "main form", new Dictionary<string, string>
        {
            ["Model.DisplayName"] = "Erika Mustermann",
            ["Model.HomeMunicipalityAgs"] = ags,
            ["Model.PreferredLanguage"] = "en",
            ["Model.NotifyByEmail"] = "true",
        });
        var saved = await GetPageAsync(response.Headers.Location!.PathAndQuery);
        var account = await GetPageAsync("/konto");
        var profile = await Client.GetFromJsonAsync<JsonElement>("/api/hub/me/profile");

        Assert.Equal("Meine Angaben", form.H1);
        Assert.Equal("/konto/profil?gespeichert=true", response.Headers.Location!.PathAndQuery);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den", StringComparison.Ordinal));
        Assert.Equal("My details", saved.H1);
        Assert.NotNull(saved.Document.QuerySelector("main .kern-alert--success"));
        Assert.Contains("Erika Mustermann", account.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(account.Document.QuerySelector("main a[href='/konto/profil']"));
        Assert.Equal("Erika Mustermann", profile.GetProperty("displayName").GetString());
        Assert.Equal(ags, profile.GetProperty("homeMunicipalityAgs").GetString());
        Assert.Equal("en", profile.GetProperty("preferredLanguage").GetString());
        Assert.True(profile.GetProperty("notifyByEmail").GetBoolean());
        Assert.Equal(Email, profile.GetProperty("email").GetString());
    }

    [Fact]
    public async Task the_api_changes_the_profile_and_answers_bad_input_with_a_validation_problem()
    {
        await People.CreateAsync(Host, Email);
        await People.SignInAsync(Client, Email);

        var bad = await Client.PutAsJsonAsync("/api/hub/me/profile", new { displayName = "", preferredLanguage = "fr", homeMunicipalityAgs = "99999999" });
        var good = await Client.PutAsJsonAsync("/api/hub/me/profile", new { displayName = "E. M.", preferredLanguage = "de", notifyByEmail = false });
        var account = await GetPageAsync("/konto");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["DisplayName", "HomeMunicipalityAgs", "PreferredLanguage"],
            (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal("E. M.", (await good.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("displayName").GetString());
        Assert.Contains("E. M.", account.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task changing_the_password_needs_the_current_one_and_then_only_the_new_one_works()
    {
        await People.CreateAsync(Host, Email);
        await People.SignInAsync(Client, Email);
        var form = await GetPageAsync("/konto/passwort");

        var wrong = await HtmlPage.FromAsync(await form.SubmitAsync(Client, "main form", new Dictionary<string, string>
        {
            ["Model.CurrentPassword"] = "nicht das richtige",
            ["Model.NewPassword"] = "ein neues langes Passwort",
        }), form.Url);
        var right = await (await GetPageAsync("/konto/passwort")).SubmitAsync(Client, "main form", new Dictionary<string, string>
        {
            ["Model.CurrentPassword"] = People.Password,
            ["Model.NewPassword"] = "ein neues langes Passwort",
        });
        var stillSignedIn = await Client.GetAsync(new Uri("/konto", UriKind.Relative));
        using var other = Host.CreateBrowserClient();
        var oldPassword = await HtmlPage.FromAsync(await People.SignInAsync(other, Email), "/anmelden");
        var newPassword = await People.SignInAsync(other, Email, "ein neues langes Passwort");

        Assert.Equal("feld-current-password", Assert.Single(wrong.ErrorSummaryLinks()).Target);
        Assert.Equal("/konto/passwort?gespeichert=true", right.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
        Assert.Single(oldPassword.ErrorSummaryLinks());
        Assert.Equal("/konto", newPassword.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task the_password_api_needs_the_current_password()
    {
        await People.CreateAsync(Host, Email);
        await People.SignInAsync(Client, Email);

        var wrong = await Client.PostAsJsonAsync("/api/hub/me/password", new { currentPassword = "falsch falsch", newPassword = "ein neues langes Passwort" });
        var right = await Client.PostAsJsonAsync("/api/hub/me/password", new { currentPassword = People.Password, newPassword = "ein neues langes Passwort" });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, right.StatusCode);
    }

    [Fact]
    public async Task an_email_change_takes_effect_only_after_confirming_the_new_address_and_the_old_address_is_told()
    {
        await People.CreateAsync(Host, Email);
        await People.SignInAsync(Client, Email);
        var form = await GetPageAsync("/konto/e-mail");

        var response = await form.SubmitAsync(Client, "main form", new Dictionary<string, string>
        {
            ["Model.NewEmail"] = "erika.neu@beispiel.de",
            ["Model.CurrentPassword"] = People.Password,
        });
        var before = await Client.GetFromJsonAsync<JsonElement>("/api/hub/me/profile");
        var notice = Mailbox.NewestTo(Host, Email);
        var confirmation = Mailbox.NewestTo(Host, "erika.neu@beispiel.de");
        var confirmed = await GetPageAsync(Mailbox.LinkTo(confirmation, "/konto/e-mail/bestaetigen"));
        var after = await Client.GetFromJsonAsync<JsonElement>("/api/hub/me/profile");
        using var other = Host.CreateBrowserClient();
        var oldAddress = await HtmlPage.FromAsync(await People.SignInAsync(other, Email), "/anmelden");
        var newAddress = await People.SignInAsync(other, "erika.neu@beispiel.de");

        Assert.Equal("/konto/e-mail?gesendet=true", response.Headers.Location!.PathAndQuery);
        Assert.Equal(Email, before.GetProperty("email").GetString());
        Assert.Equal("Ihre E-Mail-Adresse soll geändert werden", notice.Subject);
        Assert.False(Mailbox.HasLinkTo(notice, "/konto/e-mail/bestaetigen"));
        Assert.Equal("Ihre neue E-Mail-Adresse gilt", confirmed.H1);
        Assert.Equal("erika.neu@beispiel.de", after.GetProperty("email").GetString());
        Assert.Single(oldAddress.ErrorSummaryLinks());
        Assert.Equal("/konto", newAddress.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task an_email_change_to_an_address_with_an_account_answers_the_same_and_changes_nothing()
    {
        await People.CreateAsync(Host, Email);
        await People.CreateAsync(Host, "max@beispiel.de");
        await People.SignInAsync(Client, Email);

        var response = await Client.PostAsJsonAsync("/api/hub/me/email-change", new { newEmail = "max@beispiel.de", currentPassword = People.Password });
        var wrongPassword = await Client.PostAsJsonAsync("/api/hub/me/email-change", new { newEmail = "neu@beispiel.de", currentPassword = "falsch falsch" });
        var profile = await Client.GetFromJsonAsync<JsonElement>("/api/hub/me/profile");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("Zu dieser Adresse gibt es schon ein Konto", Mailbox.NewestTo(Host, "max@beispiel.de").Subject);
        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        Assert.Equal(Email, profile.GetProperty("email").GetString());
    }

    [Fact]
    public async Task a_tampered_email_change_link_changes_nothing()
    {
        await People.CreateAsync(Host, Email);
        await People.SignInAsync(Client, Email);
        await Client.PostAsJsonAsync("/api/hub/me/email-change", new { newEmail = "erika.neu@beispiel.de", currentPassword = People.Password });
        var link = Mailbox.LinkTo(Mailbox.NewestTo(Host, "erika.neu@beispiel.de"), "/konto/e-mail/bestaetigen");

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://localhost" + link).Query);
        var page = await GetPageAsync(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/konto/e-mail/bestaetigen", new Dictionary<string, string?>
        {
            ["person"] = query["person"], ["email"] = "boese@beispiel.de", ["code"] = query["code"],
        }));
        var profile = await Client.GetFromJsonAsync<JsonElement>("/api/hub/me/profile");

        Assert.Equal("Der Link funktioniert nicht", page.H1);
        Assert.Equal(Email, profile.GetProperty("email").GetString());
    }

    [Theory]
    [InlineData("/konto/profil")]
    [InlineData("/konto/passwort")]
    [InlineData("/konto/e-mail")]
    public async Task anonymous_visitors_of_account_pages_are_sent_to_sign_in(string url)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/anmelden", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task the_account_api_answers_anonymous_requests_with_401()
    {
        var get = await Client.GetAsync(new Uri("/api/hub/me/profile", UriKind.Relative));
        var put = await Client.PutAsJsonAsync("/api/hub/me/profile", new { displayName = "x", preferredLanguage = "de" });
        var password = await Client.PostAsJsonAsync("/api/hub/me/password", new { currentPassword = "a", newPassword = "b" });
        var email = await Client.PostAsJsonAsync("/api/hub/me/email-change", new { newEmail = "a@b.de", currentPassword = "a" });

        Assert.All([get, put, password, email], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
    }
}
