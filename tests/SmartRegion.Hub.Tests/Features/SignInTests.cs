using System.Net;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Roles;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

public sealed class SignInTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    [Fact]
    public async Task the_sign_in_form_labels_its_fields_for_password_managers()
    {
        var page = await GetPageAsync("/anmelden");

        Assert.Equal("Anmelden", page.H1);
        Assert.Equal("username", page.Document.GetElementById("feld-email")!.GetAttribute("autocomplete"));
        Assert.Equal("current-password", page.Document.GetElementById("feld-password")!.GetAttribute("autocomplete"));
        Assert.Equal("password", page.Document.GetElementById("feld-password")!.GetAttribute("type"));
        Assert.NotNull(page.Document.QuerySelector("label[for=feld-remember-me]"));
    }

    [Fact]
    public async Task the_right_password_signs_in_and_the_account_page_greets_the_person()
    {
        await People.CreateAsync(Host, "erika@beispiel.de");

        var response = await People.SignInAsync(Client, "erika@beispiel.de");
        var account = await GetPageAsync("/konto");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/konto", response.Headers.Location?.AbsolutePath);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".SmartRegion.Session=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, account.Status);
        Assert.Contains("erika", account.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(account.Document.QuerySelector("form[action='/abmelden'] input[name=__RequestVerificationToken]"));
    }

    [Theory]
    [InlineData("erika@beispiel.de", "falsches Passwort 123")]
    [InlineData("niemand@beispiel.de", People.Password)]
    public async Task a_wrong_password_and_an_unknown_address_get_the_same_message(string email, string password)
    {
        await People.CreateAsync(Host, "erika@beispiel.de");

        var response = await People.SignInAsync(Client, email, password);
        var page = await HtmlPage.FromAsync(response, "/anmelden");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Fehler: ", page.Title, StringComparison.Ordinal);
        var error = Assert.Single(page.ErrorSummaryLinks());
        Assert.Equal("E-Mail-Adresse oder Passwort stimmen nicht, oder das Konto ist noch nicht bestätigt.", error.Text);
        Assert.Equal("feld-email", error.Target);
    }

    [Fact]
    public async Task an_unconfirmed_account_cannot_sign_in_and_learns_nothing_more()
    {
        await People.CreateAsync(Host, "neu@beispiel.de", confirmed: false);

        var page = await HtmlPage.FromAsync(await People.SignInAsync(Client, "neu@beispiel.de"), "/anmelden");

        Assert.Equal("E-Mail-Adresse oder Passwort stimmen nicht, oder das Konto ist noch nicht bestätigt.", Assert.Single(page.ErrorSummaryLinks()).Text);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.GetAsync(new Uri("/konto", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task after_five_wrong_passwords_an_address_must_wait_with_the_same_message_whether_or_not_it_has_an_account()
    {
        // Addresses of their own: the counts live in memory and outlast the data reset between tests.
        await People.CreateAsync(Host, "karl@beispiel.de");
        for (var i = 0; i < 5; i++)
        {
            await People.SignInAsync(Client, "karl@beispiel.de", "falsch falsch falsch");
            await People.SignInAsync(Client, "unbekannt-karl@beispiel.de", "falsch falsch falsch");
        }

        var known = await HtmlPage.FromAsync(await People.SignInAsync(Client, "karl@beispiel.de"), "/anmelden");
        var unknown = await HtmlPage.FromAsync(await People.SignInAsync(Client, "unbekannt-karl@beispiel.de"), "/anmelden");

        var message = Assert.Single(known.ErrorSummaryLinks()).Text;
        Assert.Equal("Zu viele Fehlversuche mit dieser Adresse. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.", message);
        Assert.Equal(message, Assert.Single(unknown.ErrorSummaryLinks()).Text);
        Assert.DoesNotContain("gesperrt", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.GetAsync(new Uri("/konto", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("/gemeinden", "/gemeinden")]
    [InlineData("//evil.example/", "/konto")]
    [InlineData("https://evil.example/", "/konto")]
    public async Task after_sign_in_only_local_return_addresses_are_followed(string returnUrl, string expected)
    {
        await People.CreateAsync(Host, "erika@beispiel.de");

        var response = await People.SignInAsync(Client, "erika@beispiel.de", url: "/anmelden?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal("http://localhost" + expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task signing_out_ends_the_session()
    {
        await People.CreateAsync(Host, "erika@beispiel.de");
        await People.SignInAsync(Client, "erika@beispiel.de");
        var account = await GetPageAsync("/konto");

        var response = await account.SubmitAsync(Client, "form[action='/abmelden']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.GetAsync(new Uri("/konto", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task signing_out_without_the_form_token_is_refused()
    {
        await People.CreateAsync(Host, "erika@beispiel.de");
        await People.SignInAsync(Client, "erika@beispiel.de");

        using var request = SessionWriteToken.WithoutToken(new HttpRequestMessage(HttpMethod.Post, new Uri("/abmelden", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" }),
        });
        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(new Uri("/konto", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task a_region_admin_signed_in_with_the_form_reads_the_barrier_reports_and_a_resident_does_not()
    {
        await People.CreateAsync(Host, "admin@beispiel.de", roles: (HubRoles.RegionAdmin, null));
        await People.CreateAsync(Host, "erika@beispiel.de");
        using var resident = Host.CreateBrowserClient();

        await People.SignInAsync(Client, "admin@beispiel.de");
        await People.SignInAsync(resident, "erika@beispiel.de");
        var adminPage = await GetPageAsync("/verwaltung/barrieren");
        var residentPage = await resident.GetAsync(new Uri("/verwaltung/barrieren", UriKind.Relative));
        var residentApi = await resident.GetAsync(new Uri("/api/hub/barrier-reports", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, adminPage.Status);
        Assert.Equal("Gemeldete Barrieren", adminPage.H1);
        Assert.Equal(HttpStatusCode.Redirect, residentPage.StatusCode);
        Assert.Contains("/fehler/403", residentPage.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, residentApi.StatusCode);
    }

    [Fact]
    public async Task the_header_offers_sign_in_to_visitors_and_the_account_to_signed_in_people()
    {
        await People.CreateAsync(Host, "erika@beispiel.de");
        var before = await GetPageAsync("/gemeinden");

        await People.SignInAsync(Client, "erika@beispiel.de");
        var after = await GetPageAsync("/gemeinden");

        Assert.Equal("/anmelden?returnUrl=%2Fgemeinden", before.Document.QuerySelector(".sr-account a")!.GetAttribute("href"));
        Assert.Equal("/konto", after.Document.QuerySelector(".sr-account a")!.GetAttribute("href"));
    }
}
