using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

public sealed class RegistrationTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    private const string Email = "erika@beispiel.de";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Mailbox.Clear(Host);
    }

    [Fact]
    public async Task the_registration_form_labels_its_fields_shows_the_password_rule_and_links_the_privacy_policy()
    {
        var page = await GetPageAsync("/registrieren");

        Assert.Equal("Konto anlegen", page.H1);
        Assert.Equal("new-password", page.Document.GetElementById("feld-password")!.GetAttribute("autocomplete"));
        Assert.Contains("Mindestens 12 Zeichen", page.Document.GetElementById("feld-password-hinweis")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("feld-password-hinweis", page.Document.GetElementById("feld-password")!.GetAttribute("aria-describedby"));
        Assert.True(page.Document.QuerySelectorAll("#feld-home-municipality-ags option").Length > 50);
        Assert.NotNull(page.Document.QuerySelector("label[for=feld-consent]"));
        Assert.NotNull(page.Document.QuerySelector("#feld-consent-hinweis a[href='/datenschutz']"));
    }

    [Fact]
    public async Task registering_mails_a_confirmation_link_and_after_confirming_the_person_signs_in()
    {
        var ags = (await GetPageAsync("/registrieren")).Document.QuerySelectorAll("#feld-home-municipality-ags option")[2].GetAttribute("value")!;

        var response = await SelfServicePeople.RegisterAsync(Client, Email, ags: ags);
        var sent = await GetPageAsync(response.Headers.Location!.PathAndQuery);
        var beforeConfirming = await HtmlPage.FromAsync(await People.SignInAsync(Client, Email, SelfServicePeople.Password), "/anmelden");
        var mail = Mailbox.NewestTo(Host, Email);
        var confirmed = await GetPageAsync(Mailbox.LinkTo(mail, "/registrieren/bestaetigen"));
        var signIn = await People.SignInAsync(Client, Email, SelfServicePeople.Password);
        var profile = await Client.GetFromJsonAsync<JsonElement>("/api/hub/me/profile");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/registrieren/gesendet", response.Headers.Location!.PathAndQuery);
        Assert.Equal("Bitte prüfen Sie Ihr Postfach", sent.H1);
        Assert.Single(beforeConfirming.ErrorSummaryLinks());
        Assert.Equal("Bitte bestätigen Sie Ihr Konto", mail.Subject);
        Assert.Equal(HttpStatusCode.OK, confirmed.Status);
        Assert.Equal("Ihr Konto ist bestätigt", confirmed.H1);
        Assert.NotNull(confirmed.Document.QuerySelector("main a[href='/anmelden']"));
        Assert.Equal("/konto", signIn.Headers.Location?.AbsolutePath);
        Assert.Equal("Erika Mustermann", profile.GetProperty("displayName").GetString());
        Assert.Equal(ags, profile.GetProperty("homeMunicipalityAgs").GetString());
        Assert.Equal("de", profile.GetProperty("preferredLanguage").GetString());
    }

    [Fact]
    public async Task confirming_does_not_sign_the_person_in()
    {
        await SelfServicePeople.RegisterAsync(Client, Email);
        using var other = Host.CreateBrowserClient();

        await other.GetAsync(new Uri(Mailbox.LinkTo(Mailbox.NewestTo(Host, Email), "/registrieren/bestaetigen"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync(new Uri("/konto", UriKind.Relative))).StatusCode);
        Assert.True((await SelfServicePeople.FindAsync(Host, Email))!.EmailConfirmed);
    }

    [Fact]
    public async Task registering_an_address_that_has_an_account_looks_the_same_and_mails_the_owner_instead()
    {
        await People.CreateAsync(Host, Email);

        var response = await SelfServicePeople.RegisterAsync(Client, Email, password: "ein ganz anderes Passwort");
        var mail = Mailbox.NewestTo(Host, Email);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/registrieren/gesendet", response.Headers.Location!.PathAndQuery);
        Assert.Equal("Sie haben schon ein Konto", mail.Subject);
        Assert.Contains("/passwort-vergessen", mail.TextBody, StringComparison.Ordinal);
        Assert.False(Mailbox.HasLinkTo(mail, "/registrieren/bestaetigen"));
        Assert.Equal(1, await SelfServicePeople.CountAsync(Host));
        Assert.Equal("/konto", (await People.SignInAsync(Client, Email)).Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task the_api_answers_a_new_and_a_known_address_alike()
    {
        await People.CreateAsync(Host, "bekannt@beispiel.de");

        var known = await Client.PostAsJsonAsync("/api/hub/registrations", Body("bekannt@beispiel.de"));
        var fresh = await Client.PostAsJsonAsync("/api/hub/registrations", Body("neu@beispiel.de"));

        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, fresh.StatusCode);
        Assert.Equal(await fresh.Content.ReadAsStringAsync(), await known.Content.ReadAsStringAsync());
        Assert.Equal("Sie haben schon ein Konto", Mailbox.NewestTo(Host, "bekannt@beispiel.de").Subject);
        Assert.Equal("Bitte bestätigen Sie Ihr Konto", Mailbox.NewestTo(Host, "neu@beispiel.de").Subject);
    }

    [Fact]
    public async Task a_short_password_a_bad_address_and_no_consent_show_the_error_summary_and_store_nothing()
    {
        var response = await SelfServicePeople.RegisterAsync(Client, "kein-at-zeichen", password: "zu kurz", consent: false);
        var page = await HtmlPage.FromAsync(response, "/registrieren");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Fehler: ", page.Title, StringComparison.Ordinal);
        Assert.Equal(["feld-email", "feld-password", "feld-consent"], page.ErrorSummaryLinks().Select(l => l.Target));
        Assert.Contains("mindestens 12 Zeichen", page.ErrorSummaryLinks()[1].Text, StringComparison.Ordinal);
        Assert.Equal("true", page.Document.GetElementById("feld-email")!.GetAttribute("aria-invalid"));
        Assert.Equal("kein-at-zeichen", page.Document.GetElementById("feld-email")!.GetAttribute("value"));
        Assert.Null(page.Document.GetElementById("feld-password")!.GetAttribute("value"));
        Assert.Equal(0, await SelfServicePeople.CountAsync(Host));
        Assert.Equal(0, Mailbox.Count(Host));
    }

    [Fact]
    public async Task the_api_answers_bad_input_with_a_validation_problem()
    {
        var response = await Client.PostAsJsonAsync("/api/hub/registrations", new { displayName = "", email = "x", password = "kurz", homeMunicipalityAgs = "12345678", consent = false });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["DisplayName", "Email", "Password", "HomeMunicipalityAgs", "Consent"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, await SelfServicePeople.CountAsync(Host));
    }

    [Theory]
    [InlineData("tamper-code")]
    [InlineData("other-person")]
    [InlineData("garbage")]
    public async Task a_tampered_confirmation_link_says_so_clearly_and_confirms_nothing(string how)
    {
        await SelfServicePeople.RegisterAsync(Client, Email);
        var link = Mailbox.LinkTo(Mailbox.NewestTo(Host, Email), "/registrieren/bestaetigen");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://localhost" + link).Query);
        var code = query["code"].ToString();
        var bad = how switch
        {
            "tamper-code" => $"/registrieren/bestaetigen?person={query["person"]}&code={code[..^4]}AAAA",
            "other-person" => $"/registrieren/bestaetigen?person={Guid.NewGuid()}&code={code}",
            _ => "/registrieren/bestaetigen?person=nix&code=%25%25%25",
        };

        var page = await GetPageAsync(bad);
        var api = await Client.PostAsJsonAsync("/api/hub/registrations/confirmation", new { person = query["person"].ToString(), code = "AAAA" + code[4..] });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Der Link funktioniert nicht", page.H1);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/registrieren/erneut-senden']"));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.False((await SelfServicePeople.FindAsync(Host, Email))!.EmailConfirmed);
    }

    [Fact]
    public async Task the_confirmation_mail_can_be_sent_again_and_its_link_works()
    {
        await SelfServicePeople.RegisterAsync(Client, Email);
        var page = await GetPageAsync("/registrieren/erneut-senden");

        var response = await page.SubmitAsync(Client, "main form", new Dictionary<string, string> { ["Model.Email"] = Email });
        var unknown = await Client.PostAsJsonAsync("/api/hub/registrations/confirmation-mails", new { email = "niemand@beispiel.de" });
        var mails = Mailbox.To(Host, Email);
        var confirmed = await GetPageAsync(Mailbox.LinkTo(mails[^1], "/registrieren/bestaetigen"));

        Assert.Equal("/registrieren/gesendet", response.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Equal(2, mails.Count);
        Assert.Equal("Ihr Konto ist bestätigt", confirmed.H1);
        Assert.Empty(Mailbox.To(Host, "niemand@beispiel.de"));
    }

    [Fact]
    public async Task the_sign_in_page_links_to_registration_and_to_the_forgotten_password()
    {
        var page = await GetPageAsync("/anmelden");

        Assert.NotNull(page.Document.QuerySelector("main a[href='/registrieren']"));
        Assert.NotNull(page.Document.QuerySelector("main a[href='/passwort-vergessen']"));
    }

    private static object Body(string email) =>
        new { displayName = "Erika", email, password = SelfServicePeople.Password, consent = true };
}
