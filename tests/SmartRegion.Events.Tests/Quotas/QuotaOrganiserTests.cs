using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Quotas;
using SmartRegion.Events.Registrations;
using SmartRegion.Events.Tests.Organising;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Quotas;

/// <summary>The organisers set the quotas through the API and the page „Kontingente“; their lists and CSV name each entry's quota.</summary>
public sealed class QuotaOrganiserTests(EventsHost host) : EventsTest(host)
{
    private static string PageOf(Guid id) => $"/veranstaltungen/organisieren/{id}/kontingente";

    private Task<Guid> EventOfAsync(Guid date) => Host.QueryAsync(db => db.Dates.Where(d => d.Id == date).Select(d => d.EventId).SingleAsync());

    private static object Quotas(params (string Name, int Seats, string Eligible)[] rows) =>
        new { quotas = rows.Select(r => new { name = r.Name, nameEn = r.Name == "Öffentlichkeit" ? "Public" : null, seats = r.Seats, eligible = r.Eligible }) };

    [Fact]
    public async Task an_organiser_splits_the_seats_and_quotas_over_the_capacity_are_refused_with_a_clear_message_and_change_nothing()
    {
        var id = await EventOfAsync(await Host.PublishedDateAsync(capacity: 10));
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var tooMany = await staff.PutAsJsonAsync($"/api/events/events/{id}/quotas", Quotas(("Beschäftigte", 6, "staff"), ("Öffentlichkeit", 5, "everyone")));
        var unknownKind = await staff.PutAsJsonAsync($"/api/events/events/{id}/quotas", Quotas(("Beschäftigte", 6, "alle")));
        var stored = await Host.QueryAsync(db => db.Quotas.CountAsync(q => q.EventId == id));
        var saved = await staff.PutAsJsonAsync($"/api/events/events/{id}/quotas", Quotas(("Beschäftigte", 4, "staff"), ("Öffentlichkeit", 6, "everyone")));
        var read = await staff.GetFromJsonAsync<JsonElement>($"/api/events/events/{id}/quotas");
        var smaller = await staff.PutAsJsonAsync($"/api/events/events/{id}", new { title = "Workshop", description = "Ein Workshop.", topic = "training", mode = "in-person",
            placeId = await Host.PlaceAsync(Personas.Hoechberg), cost = 0, capacity = 8 });

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        var problem = await tooMany.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("zusammen 11 Plätze", problem.GetProperty("errors").GetProperty("Quotas")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknownKind.StatusCode);
        Assert.True((await unknownKind.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Quotas[0].Eligible", out _));
        Assert.Equal(0, stored);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(["Beschäftigte", "Öffentlichkeit"], read.GetProperty("quotas").EnumerateArray().Select(q => q.GetProperty("name").GetString()));
        Assert.Equal("Public", read.GetProperty("quotas")[1].GetProperty("nameEn").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, smaller.StatusCode);
        Assert.True((await smaller.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Capacity", out _));
    }

    [Fact]
    public async Task a_quota_in_use_cannot_be_removed_and_quotas_come_before_the_first_registration()
    {
        var date = await Host.PublishedDateAsync(capacity: 10);
        var id = await EventOfAsync(date);
        var early = await Host.PublishedDateAsync(capacity: 10);
        await Client.PostAsJsonAsync($"/api/events/dates/{early}/registrations", new { seats = 1, name = "Max", email = "max@beispiel.de", consent = true });
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        await staff.PutAsJsonAsync($"/api/events/events/{id}/quotas", Quotas(("Beschäftigte", 4, "staff"), ("Öffentlichkeit", 6, "everyone")));
        await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "Max", email = "max@beispiel.de", consent = true });

        var removed = await staff.PutAsJsonAsync($"/api/events/events/{id}/quotas", Quotas(("Beschäftigte", 4, "staff")));
        var late = await staff.PutAsJsonAsync($"/api/events/events/{await EventOfAsync(early)}/quotas", Quotas(("Beschäftigte", 4, "staff")));

        Assert.Equal(HttpStatusCode.Conflict, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("bevor sich jemand anmeldet", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, await Host.QueryAsync(db => db.Quotas.CountAsync(q => q.EventId == id)));
    }

    [Theory]
    [InlineData(Personas.StaffRimpar, HttpStatusCode.Forbidden)]
    [InlineData(Personas.Resident, HttpStatusCode.Forbidden)]
    [InlineData(Personas.RegionAdmin, HttpStatusCode.OK)]
    public async Task only_the_events_organisers_may_read_and_set_its_quotas(string persona, HttpStatusCode expected)
    {
        var id = await EventOfAsync(await Host.PublishedDateAsync(capacity: 10));
        using var client = await Personas.SignedInClientAsync(Host, persona);

        var read = await client.GetAsync(new Uri($"/api/events/events/{id}/quotas", UriKind.Relative));
        var set = await client.PutAsJsonAsync($"/api/events/events/{id}/quotas", Quotas(("Beschäftigte", 4, "staff")));
        var unknown = await client.PutAsJsonAsync($"/api/events/events/{Guid.NewGuid()}/quotas", Quotas(("Beschäftigte", 4, "staff")));
        var anonymous = await Client.PutAsJsonAsync($"/api/events/events/{id}/quotas", Quotas(("Beschäftigte", 4, "staff")));

        Assert.Equal(expected, read.StatusCode);
        Assert.Equal(expected, set.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? 1 : 0, await Host.QueryAsync(db => db.Quotas.CountAsync(q => q.EventId == id)));
    }

    [Fact]
    public async Task a_member_of_another_organisation_gets_403_on_the_quotas_of_a_clubs_event()
    {
        var id = await EventOfAsync(await Host.PublishedDateAsync(capacity: 10));
        using var other = Host.CreateBrowserClient();
        await People.CreateAsync(Host, "vorstand@beispiel.de");
        await People.SignInSucceedsAsync(other, "vorstand@beispiel.de");
        var founded = await other.PostAsJsonAsync("/api/hub/organizations", new { name = "Anderer Verein", kind = "club", municipalityAgs = Personas.Hoechberg });
        Assert.Equal(HttpStatusCode.Created, founded.StatusCode);

        var set = await other.PutAsJsonAsync($"/api/events/events/{id}/quotas", Quotas(("Beschäftigte", 4, "staff")));
        var page = await other.GetAsync(new Uri(PageOf(id), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, set.StatusCode);
        Assert.Equal("/fehler/403", OrganiserPagesTests.PathOf(page));
    }

    [Fact]
    public async Task the_page_saves_the_quotas_shows_the_error_summary_on_too_many_seats_and_the_lists_name_each_entrys_quota()
    {
        var date = await Host.PublishedDateAsync(capacity: 10);
        var id = await EventOfAsync(date);
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var edit = await HtmlPage.LoadAsync(Client, $"/veranstaltungen/organisieren/{id}");
        var form = await HtmlPage.LoadAsync(Client, PageOf(id));

        var refused = await HtmlPage.FromAsync(await form.SubmitAsync(Client, "#event-quotas", new Dictionary<string, string>
        {
            ["Model.Rows[0].Name"] = "Beschäftigte der Verwaltung",
            ["Model.Rows[0].Seats"] = "8",
            ["Model.Rows[0].Eligible"] = "staff",
            ["Model.Rows[1].Name"] = "Öffentlichkeit",
            ["Model.Rows[1].Seats"] = "viele",
        }), PageOf(id));
        var posted = await form.SubmitAsync(Client, "#event-quotas", new Dictionary<string, string>
        {
            ["Model.Rows[0].Name"] = "Beschäftigte der Verwaltung",
            ["Model.Rows[0].Seats"] = "4",
            ["Model.Rows[0].Eligible"] = "staff",
            ["Model.Rows[1].Name"] = "Öffentlichkeit",
            ["Model.Rows[1].NameEn"] = "Public",
            ["Model.Rows[1].Seats"] = "6",
            ["Model.Rows[1].Eligible"] = "everyone",
        });
        var saved = await HtmlPage.LoadAsync(Client, OrganiserPagesTests.PathOf(posted));
        await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "Max", email = "max@beispiel.de", consent = true });
        var list = await HtmlPage.LoadAsync(Client, $"/veranstaltungen/organisieren/{id}/anmeldungen");
        var csv = (await Client.GetStringAsync(new Uri($"/api/events/events/{id}/registrations.csv", UriKind.Relative))).TrimStart('\uFEFF').Split("\r\n");

        Assert.NotNull(edit.Document.QuerySelector($"main a[href='{PageOf(id)}']"));
        Assert.Equal("Kontingente", form.H1);
        Assert.NotEmpty(form.Document.QuerySelectorAll("fieldset legend"));
        Assert.StartsWith("Fehler", refused.Title, StringComparison.Ordinal);
        Assert.Equal(["feld-rows-1---seats"], refused.ErrorSummaryLinks().Select(l => l.Target));
        Assert.Equal("viele", refused.Document.GetElementById("feld-rows-1---seats")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("gespeichert", saved.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Public", saved.Document.GetElementById("feld-rows-1---name-en")!.GetAttribute("value"));
        Assert.Equal(["Beschäftigte der Verwaltung", "Öffentlichkeit"],
            await Host.QueryAsync(db => db.Quotas.Where(q => q.EventId == id).OrderBy(q => q.Position).Select(q => q.Name).ToListAsync()));
        Assert.Contains(list.Document.QuerySelectorAll("thead th"), th => th.TextContent.Trim() == "Kontingent");
        // Signed in as staff of Höchberg: the registration took a seat of the staff quota.
        Assert.Contains(list.Document.QuerySelectorAll("tbody td"), td => td.TextContent.Trim() == "Beschäftigte der Verwaltung");
        Assert.Contains(",quota,", csv[0], StringComparison.Ordinal);
        Assert.Contains(",Beschäftigte der Verwaltung,", csv[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task emptying_a_row_on_the_page_removes_its_quota_and_keeps_the_others()
    {
        var id = await EventOfAsync(await Host.PublishedDateAsync(capacity: 10));
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        await Client.PutAsJsonAsync($"/api/events/events/{id}/quotas", Quotas(("Beschäftigte", 4, "staff"), ("Öffentlichkeit", 6, "everyone")));
        var form = await HtmlPage.LoadAsync(Client, PageOf(id));

        var posted = await form.SubmitAsync(Client, "#event-quotas", new Dictionary<string, string>
        {
            ["Model.Rows[0].Name"] = "",
            ["Model.Rows[0].NameEn"] = "",
            ["Model.Rows[0].Seats"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(["Öffentlichkeit"], await Host.QueryAsync(db => db.Quotas.Where(q => q.EventId == id).Select(q => q.Name).ToListAsync()));
    }

    [Fact]
    public async Task more_seats_in_a_quota_go_to_its_line_at_once()
    {
        var date = await Host.PublishedDateAsync(capacity: 10);
        var id = await EventOfAsync(date);
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        await staff.PutAsJsonAsync($"/api/events/events/{id}/quotas", Quotas(("Öffentlichkeit", 1, "everyone")));
        await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "A", email = "a@beispiel.de", consent = true });
        await Client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "B", email = "b@beispiel.de", consent = true });
        var quota = await Host.QueryAsync(db => db.Quotas.Where(q => q.EventId == id).Select(q => q.Id).SingleAsync());

        var raised = await staff.PutAsJsonAsync($"/api/events/events/{id}/quotas", new { quotas = new[] { new { id = quota, name = "Öffentlichkeit", seats = 2, eligible = "everyone" } } });

        Assert.Equal(HttpStatusCode.OK, raised.StatusCode);
        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Offered],
            await Host.QueryAsync(db => db.Registrations.Where(r => r.DateId == date).OrderBy(r => r.Arrival).Select(r => r.Status).ToListAsync()));
    }
}
