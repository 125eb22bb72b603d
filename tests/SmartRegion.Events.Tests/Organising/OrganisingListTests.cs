using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Organising;

/// <summary>
/// <c>GET /api/events/organising</c> lists what the person may organise, per role, municipality and club membership;
/// the registrations page shows each date's entries in arrival order, and every read of them is audited.
/// </summary>
public sealed class OrganisingListTests(EventsHost host) : EventsTest(host)
{
    private sealed record Item(Guid Id, string Status, string MunicipalityAgs, Guid? OrganisationId);

    private sealed record Answer(List<Item> Items, int Total, bool MayOrganise);

    private static async Task<Answer> ListAsync(HttpClient client, string query = "pageSize=100")
    {
        using var response = await client.GetAsync(new Uri("/api/events/organising?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Answer>())!;
    }

    [Theory]
    [InlineData(Personas.StaffHoechberg, Personas.Hoechberg)]
    [InlineData(Personas.AdminRimpar, Personas.Rimpar)]
    [InlineData(Personas.RegionAdmin, null)]
    [InlineData(Personas.ModeratorHoechberg, "")]
    [InlineData(Personas.Resident, "")]
    public async Task the_api_lists_the_events_of_the_municipalities_a_person_acts_for(string persona, string? municipality)
    {
        using var client = await Personas.SignedInClientAsync(Host, persona);

        var answer = await ListAsync(client);
        var secondPage = await ListAsync(client, "pageSize=1&page=2");

        var expected = await Host.QueryAsync(db => db.Events.CountAsync(e => municipality == null || e.MunicipalityAgs == municipality));
        Assert.Equal(expected, answer.Total);
        Assert.Equal(municipality != "", answer.MayOrganise);
        Assert.All(answer.Items, i => Assert.True(municipality is null || i.MunicipalityAgs == municipality));
        Assert.Equal(answer.Items.Skip(1).Take(1).Select(i => i.Id), secondPage.Items.Select(i => i.Id));
        Assert.Equal(expected, secondPage.Total);
    }

    [Fact]
    public async Task a_club_member_sees_the_clubs_events_only_and_anonymous_callers_get_401()
    {
        await People.CreateAsync(Host, "vorsitz@beispiel.de");
        using var member = Host.CreateBrowserClient();
        await People.SignInSucceedsAsync(member, "vorsitz@beispiel.de");
        var founded = await member.PostAsJsonAsync("/api/hub/organizations", new { name = "Musikverein Höchberg", kind = "club", municipalityAgs = Personas.Hoechberg });
        var club = (await founded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        // Through the form, which offers the club's municipality and has the club chosen already.
        var form = await HtmlPage.LoadAsync(member, "/veranstaltungen/organisieren/neu");
        var values = new Dictionary<string, string>
        {
            ["Model.Title"] = "Probe", ["Model.Description"] = "Offene Probe.", ["Model.PlaceId"] = (await Host.PlaceAsync(Personas.Hoechberg)).ToString(),
            ["Model.Starts"] = "2027-05-05T19:00", ["Model.DurationMinutes"] = "120",
        };
        var asMunicipality = await HtmlPage.FromAsync(await form.SubmitAsync(member, "#event-new", new Dictionary<string, string>(values) { ["Model.OrganisationId"] = "" }), form.Url);
        var created = await form.SubmitAsync(member, "#event-new", values);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await Host.QueryAsync(db => db.Events.Where(e => e.Title == "Probe").Select(e => e.Id).SingleAsync());

        var answer = await ListAsync(member);
        var page = await HtmlPage.LoadAsync(member, "/veranstaltungen/organisieren");
        using var edit = await member.GetAsync(new Uri($"/veranstaltungen/organisieren/{id}", UriKind.Relative));
        using var anonymous = await Client.GetAsync(new Uri("/api/events/organising", UriKind.Relative));
        using var badPage = await member.GetAsync(new Uri("/api/events/organising?page=0", UriKind.Relative));

        Assert.Equal("feld-municipality-ags", Assert.Single(asMunicipality.ErrorSummaryLinks()).Target);
        Assert.True(answer.MayOrganise);
        Assert.Equal(club, Assert.Single(answer.Items).OrganisationId);
        Assert.Single(page.Document.QuerySelectorAll("main table tbody tr"));
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
    }

    [Fact]
    public async Task the_registrations_page_lists_entries_in_arrival_order_links_the_csv_and_is_audited()
    {
        var date = await Host.PublishedDateAsync(capacity: 1);
        var id = await Host.QueryAsync(db => db.Dates.Where(d => d.Id == date).Select(d => d.EventId).SingleAsync());
        await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "Anna Erste", email = "anna@beispiel.de", consent = true, needs = new[] { "step-free" } });
        await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "Bernd Zweiter", email = "bernd@beispiel.de", consent = true });
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var page = await HtmlPage.LoadAsync(staff, $"/veranstaltungen/organisieren/{id}/anmeldungen");

        Assert.Equal("Anmeldungen", page.H1);
        var table = Assert.Single(page.Document.QuerySelectorAll("main table"));
        Assert.StartsWith("Anmeldungen für den Termin am", table.QuerySelector("caption")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(7, table.QuerySelectorAll("thead th[scope=col]").Length);
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(["Anna Erste", "Bernd Zweiter"], rows.Select(r => r.QuerySelector("th[scope=row]")!.TextContent.Trim()));
        Assert.Contains("angemeldet", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("stufenlos", rows[0].TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Warteliste", rows[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"main a[href='/api/events/events/{id}/registrations.csv']"));
        var read = Assert.Single(await AuditTrail.ReadAsync(Host, "registrations.read"));
        Assert.Equal((id.ToString(), Personas.Hoechberg, "entries=2"), (read.RecordId, read.MunicipalityAgs, read.Details));
    }
}
