using System.Net;
using System.Text;
using SmartRegion.TestKit;
using static SmartRegion.Hub.Tests.Features.AuditStore;
using static SmartRegion.TestKit.Personas;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>
/// A signed-in person who tries a privileged action and is refused leaves an entry in the audit log, whichever module
/// the page or API belongs to; anonymous requests (401 or the sign-in page) leave none.
/// </summary>
public sealed class AuditDeniedTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    public static TheoryData<string, string, string, string> Refusals() => new()
    {
        // method, address, body, what the entry names
        { "POST", "/api/hub/role-assignments", """{"email":"x@beispiel.de","role":"staff","municipalityAgs":"09679147"}""", "POST /api/hub/role-assignments" },
        { "GET", "/verwaltung/rollen/vergeben", "", "GET /verwaltung/rollen/vergeben" },
        { "GET", "/api/hub/audit-entries", "", "GET /api/hub/audit-entries" },
        { "GET", "/api/hub/audit-entries?format=csv", "", "GET /api/hub/audit-entries" },
        { "GET", "/verwaltung/protokoll", "", "GET /verwaltung/protokoll" },
        { "POST", "/api/hub/clients", """{"name":"App"}""", "POST /api/hub/clients" },
        { "GET", "/verwaltung/anwendungen/neu", "", "GET /verwaltung/anwendungen/neu" },
        { "POST", "/api/help/imports", "{}", "POST /api/help/imports" },
        { "GET", "/verwaltung/hilfe/import", "", "GET /verwaltung/hilfe/import" },
        { "GET", "/api/hub/dropped-mails", "", "GET /api/hub/dropped-mails" },
        { "GET", "/verwaltung/mails", "", "GET /verwaltung/mails" },
        { "GET", "/api/opendata/tokens", "", "GET /api/opendata/tokens" },
        // Pages open to everyone signed in whose slice refuses: they send the person on to the refusal page.
        { "GET", "/verwaltung/hilfe/pruefen", "", "GET /verwaltung/hilfe/pruefen" },
        { "GET", "/verwaltung/daten/tokens", "", "GET /verwaltung/daten/tokens" },
        { "GET", "/verwaltung/mitmachen/briefe", "", "GET /verwaltung/mitmachen/briefe" },
        { "POST", "/api/opendata/tokens", """{"municipalityAgs":"09679147","name":"CKAN"}""", "POST /api/opendata/tokens" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task a_refused_attempt_of_a_signed_in_resident_is_recorded(string method, string url, string body, string recordId)
    {
        await Personas.SignInAsync(Host, Client, Resident);

        var response = await SendAsync(Client, method, url, body);
        var entry = Assert.Single(await EntriesAsync(Host));

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || response.Headers.Location?.OriginalString.Contains("/fehler/403", StringComparison.Ordinal) == true,
            $"{response.StatusCode} {response.Headers.Location}");
        Assert.Equal("access.denied", entry.Action);
        Assert.Equal("endpoint", entry.RecordType);
        Assert.Equal(recordId, entry.RecordId);
        Assert.Equal(Resident, entry.ActorName);
        Assert.Equal("127.0.0.1", entry.IpAddress);
        Assert.Contains("path=" + url.Split('?')[0], entry.Details, StringComparison.Ordinal);
        Assert.True((await VerifyAsync(Host)).IsIntact);
    }

    [Fact]
    public async Task a_municipality_admin_refused_a_grant_for_another_municipality_is_recorded_once_from_the_api_and_the_form()
    {
        await Personas.SignInAsync(Host, Client, AdminRimpar);

        var response = await SendAsync(Client, "POST", "/api/hub/role-assignments", $$"""{"email":"x@beispiel.de","role":"staff","municipalityAgs":"{{Hoechberg}}"}""");
        var form = await GetPageAsync("/verwaltung/rollen/vergeben");
        var page = await HtmlPage.FromAsync(await form.SubmitAsync(Client, "main form", new Dictionary<string, string>
        {
            ["Model.Email"] = "x@beispiel.de",
            ["Model.Role"] = "staff",
            ["Model.MunicipalityAgs"] = Hoechberg,
        }), form.Url);
        var entries = await EntriesAsync(Host);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Single(page.ErrorSummaryLinks());
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e =>
        {
            Assert.Equal("roles.grant.denied", e.Action);
            Assert.Equal("staff", e.RecordId);
            Assert.Equal(Hoechberg, e.MunicipalityAgs);
            Assert.Equal(AdminRimpar, e.ActorName);
        });
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task an_anonymous_attempt_is_refused_without_an_entry(string method, string url, string body, string recordId)
    {
        var response = await SendAsync(Client, method, url, body);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(recordId);
        Assert.Empty(await EntriesAsync(Host));
    }

    [Fact]
    public async Task an_allowed_action_records_no_refusal()
    {
        await Personas.SignInAsync(Host, Client, RegionAdmin);

        await SendAsync(Client, "GET", "/api/hub/dropped-mails", "");

        Assert.DoesNotContain(await EntriesAsync(Host), e => e.Action == "access.denied");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, string body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body.Length > 0)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }
}
