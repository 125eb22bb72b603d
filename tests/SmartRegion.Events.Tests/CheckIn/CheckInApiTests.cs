using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.CheckIn;

/// <summary>
/// Check-in at the door through the API: the door list of a date and the check-in of one registration, for the
/// event's organisers only; twice or for an unconfirmed or unknown registration it says so and changes nothing.
/// </summary>
public sealed class CheckInApiTests(EventsHost host) : EventsTest(host)
{
    [Fact]
    public async Task an_organiser_checks_in_a_confirmed_registration_and_the_door_list_counts_it_and_is_audited()
    {
        var date = await Host.PublishedDateAsync(capacity: 3);
        var erika = await DoorKit.RegisterAsync(Client, date, "erika@beispiel.de", seats: 2);
        var max = await DoorKit.RegisterAsync(Client, date, "max@beispiel.de", name: "Max Mustermann", needs: []);
        var waiting = await DoorKit.RegisterAsync(Client, date, "wartet@beispiel.de", name: "Wilma Warte", seats: 2);
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        Host.Clock.Advance(TimeSpan.FromDays(10));

        var checkIn = await DoorKit.CheckInAsync(staff, erika.Id);
        var list = await staff.GetFromJsonAsync<JsonElement>($"/api/events/dates/{date}/check-ins");

        Assert.Equal(HttpStatusCode.OK, checkIn.StatusCode);
        Assert.Equal(Host.Clock.GetUtcNow(), await DoorKit.CheckedInAtAsync(Host, erika.Id));
        Assert.Null(await DoorKit.CheckedInAtAsync(Host, max.Id));
        Assert.Equal("waiting", waiting.Status);
        Assert.Equal((2, 1, 3, 2), (list.GetProperty("confirmed").GetInt32(), list.GetProperty("checkedIn").GetInt32(),
            list.GetProperty("people").GetInt32(), list.GetProperty("peopleCheckedIn").GetInt32()));
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Erika Muster", "Max Mustermann"], items.Select(i => i.GetProperty("name").GetString()));
        Assert.Equal("step-free", items[0].GetProperty("needs").GetString());
        Assert.Equal(2, items[0].GetProperty("seats").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, items[0].GetProperty("checkedInAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("checkedInAt").ValueKind);
        var eventId = await DoorKit.EventOfAsync(Host, date);
        Assert.Contains(await AuditTrail.ReadAsync(Host, "registrations.read"),
            l => l.RecordId == eventId.ToString() && l.Details is { } d && d.Contains("check-in", StringComparison.Ordinal) && d.Contains("entries=2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Personas.StaffHoechberg, HttpStatusCode.OK)]
    [InlineData(Personas.RegionAdmin, HttpStatusCode.OK)]
    [InlineData(Personas.StaffRimpar, HttpStatusCode.Forbidden)]
    [InlineData(Personas.ModeratorHoechberg, HttpStatusCode.Forbidden)]
    [InlineData(Personas.Resident, HttpStatusCode.Forbidden)]
    [InlineData(Personas.Anonymous, HttpStatusCode.Unauthorized)]
    public async Task only_the_events_organisers_may_read_the_door_list_and_check_in(string persona, HttpStatusCode expected)
    {
        var date = await Host.PublishedDateAsync(capacity: 3);
        var erika = await DoorKit.RegisterAsync(Client, date, "erika@beispiel.de");
        using var client = persona == Personas.Anonymous ? Host.CreateBrowserClient() : await Personas.SignedInClientAsync(Host, persona);

        using var list = await client.GetAsync(new Uri($"/api/events/dates/{date}/check-ins", UriKind.Relative));
        using var checkIn = await DoorKit.CheckInAsync(client, erika.Id);

        Assert.Equal(expected, list.StatusCode);
        Assert.Equal(expected, checkIn.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK, await DoorKit.CheckedInAtAsync(Host, erika.Id) is not null);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal("application/problem+json", checkIn.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task a_clubs_members_check_in_at_its_events_and_the_members_of_another_club_may_not()
    {
        var (member, club) = await DoorKit.ClubAsync(Host, "vorstand@beispiel.de", "Sportverein Höchberg");
        var (other, _) = await DoorKit.ClubAsync(Host, "chor@beispiel.de", "Gesangverein Höchberg");
        using var _1 = member;
        using var _2 = other;
        var date = await DoorKit.ClubDateAsync(Host, club);
        var erika = await DoorKit.RegisterAsync(Client, date, "erika@beispiel.de");

        using var otherList = await other.GetAsync(new Uri($"/api/events/dates/{date}/check-ins", UriKind.Relative));
        using var byOther = await DoorKit.CheckInAsync(other, erika.Id);
        var unchanged = await DoorKit.CheckedInAtAsync(Host, erika.Id);
        using var memberList = await member.GetAsync(new Uri($"/api/events/dates/{date}/check-ins", UriKind.Relative));
        using var byMember = await DoorKit.CheckInAsync(member, erika.Id);

        Assert.Equal(HttpStatusCode.Forbidden, otherList.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Null(unchanged);
        Assert.Equal(HttpStatusCode.OK, memberList.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byMember.StatusCode);
        Assert.NotNull(await DoorKit.CheckedInAtAsync(Host, erika.Id));
    }

    [Fact]
    public async Task checking_in_twice_is_a_conflict_that_says_so_and_keeps_the_first_time()
    {
        var date = await Host.PublishedDateAsync(capacity: 3);
        var erika = await DoorKit.RegisterAsync(Client, date, "erika@beispiel.de");
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        await DoorKit.CheckInAsync(staff, erika.Id);
        var first = await DoorKit.CheckedInAtAsync(Host, erika.Id);
        Host.Clock.Advance(TimeSpan.FromMinutes(5));

        using var again = await DoorKit.CheckInAsync(staff, erika.Id);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("schon eingecheckt", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(first, await DoorKit.CheckedInAtAsync(Host, erika.Id));
    }

    [Fact]
    public async Task an_unknown_registration_is_a_404_and_one_on_the_waiting_list_a_409_and_nothing_changes()
    {
        var date = await Host.PublishedDateAsync(capacity: 1);
        await DoorKit.RegisterAsync(Client, date, "erika@beispiel.de");
        var waiting = await DoorKit.RegisterAsync(Client, date, "max@beispiel.de", name: "Max Mustermann");
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        using var unknown = await DoorKit.CheckInAsync(staff, Guid.NewGuid());
        using var notConfirmed = await DoorKit.CheckInAsync(staff, waiting.Id);
        using var unknownDate = await staff.GetAsync(new Uri($"/api/events/dates/{Guid.NewGuid()}/check-ins", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, notConfirmed.StatusCode);
        Assert.Contains("nicht bestätigt", (await notConfirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownDate.StatusCode);
        Assert.Null(await DoorKit.CheckedInAtAsync(Host, waiting.Id));
    }

    [Fact]
    public async Task once_checked_in_the_registration_cannot_be_cancelled_and_the_page_offers_no_cancel()
    {
        var date = await Host.PublishedDateAsync(capacity: 3);
        var erika = await DoorKit.RegisterAsync(Client, date, "erika@beispiel.de");
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        await DoorKit.CheckInAsync(staff, erika.Id);

        using var cancel = await Client.PostAsync(new Uri($"/api/events/registrations/{erika.Token}/cancel", UriKind.Relative), null);
        var manage = await HtmlPage.LoadAsync(Client, $"/veranstaltungen/anmeldung/{erika.Token}");

        Assert.Equal(HttpStatusCode.Conflict, cancel.StatusCode);
        Assert.Contains("Einlass", (await cancel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("confirmed", await Host.QueryAsync(db => db.Registrations.Where(r => r.Id == erika.Id).Select(r => r.Status).SingleAsync()));
        Assert.Null(manage.Document.QuerySelector("button[value=cancel]"));
        Assert.Contains("beim Einlass eingetragen", manage.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_check_in_time_is_part_of_the_persons_data_export()
    {
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);
        var date = await Host.PublishedDateAsync(capacity: 3);
        var registered = await DoorKit.RegisterAsync(resident, date, Personas.Email(Personas.Resident));
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        await DoorKit.CheckInAsync(staff, registered.Id);

        var export = await resident.GetFromJsonAsync<JsonElement>("/api/hub/me/data");

        var registration = export.GetProperty("sections").GetProperty("veranstaltungen").GetProperty("registrations").EnumerateArray().Single();
        Assert.Equal(Host.Clock.GetUtcNow(), registration.GetProperty("checkedInAt").GetDateTimeOffset());
    }
}
