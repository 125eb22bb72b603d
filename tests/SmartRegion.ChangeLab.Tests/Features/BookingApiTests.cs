using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.ChangeLab.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.ChangeLab.Tests.Features;

/// <summary>Booking through the API: house rules, clear refusals that change nothing, and who may do what.</summary>
public sealed class BookingApiTests(ChangeLabHost host) : ChangeLabTest(host)
{
    private static object Desk(string day = "2026-12-08", string? from = null, string? to = null) =>
        new { resource = DemoWorkspaceSeeder.FirstDesk, day, from, to };

    private Task<int> BookingCountAsync() => Host.QueryAsync(db => db.Bookings.CountAsync());

    private static async Task<Guid> IdOf(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

    [Fact]
    public async Task staff_book_a_desk_for_the_whole_day_and_its_slots_show_as_taken()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var booked = await staff.PostAsJsonAsync("/api/changelab/bookings", Desk());

        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var body = await booked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("confirmed", body.GetProperty("status").GetString());
        var day = await staff.GetFromJsonAsync<JsonElement>($"/api/changelab/resources/{DemoWorkspaceSeeder.FirstDesk}?day=2026-12-08");
        Assert.All(day.GetProperty("slots").EnumerateArray(), s => Assert.False(s.GetProperty("free").GetBoolean()));
        var mine = await staff.GetFromJsonAsync<JsonElement>("/api/changelab/bookings/mine");
        Assert.Equal(DemoWorkspaceSeeder.FirstDesk, Assert.Single(mine.EnumerateArray()).GetProperty("resource").GetString());
    }

    [Fact]
    public async Task an_overlapping_booking_is_a_409_with_a_clear_message_and_changes_nothing()
    {
        using var first = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var second = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);
        Assert.Equal(HttpStatusCode.Created, (await first.PostAsJsonAsync("/api/changelab/bookings", Desk(from: "10:00", to: "12:00"))).StatusCode);

        var overlapping = await second.PostAsJsonAsync("/api/changelab/bookings", Desk(from: "11:30", to: "13:00"));
        var wholeDay = await second.PostAsJsonAsync("/api/changelab/bookings", Desk());
        var after = await second.PostAsJsonAsync("/api/changelab/bookings", Desk(from: "12:00", to: "13:00"));

        Assert.Equal(HttpStatusCode.Conflict, overlapping.StatusCode);
        Assert.Contains("schon gebucht", (await overlapping.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, wholeDay.StatusCode);
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        Assert.Equal(2, await BookingCountAsync());
        Assert.Equal(6, await Host.QueryAsync(db => db.BookingUnits.CountAsync()));
    }

    [Theory]
    [InlineData("nächsten Dienstag", null, null, "Day")]
    [InlineData("2026-12-12", null, null, "Day")]
    [InlineData("2026-12-25", null, null, "Day")]
    [InlineData("2027-02-01", null, null, "Day")]
    [InlineData("2026-12-08", "10:10", "11:00", "From")]
    [InlineData("2026-12-08", "12:00", "10:00", "To")]
    [InlineData("2026-12-08", "18:00", "21:00", "To")]
    public async Task bad_input_is_a_validation_problem_naming_the_field_and_stores_nothing(string day, string? from, string? to, string field)
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var response = await staff.PostAsJsonAsync("/api/changelab/bookings", Desk(day, from, to));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(0, await BookingCountAsync());
    }

    [Fact]
    public async Task a_malformed_body_and_an_unknown_resource_are_problems_not_errors()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var malformed = await staff.PostAsync(new Uri("/api/changelab/bookings", UriKind.Relative), new StringContent("{\"day\": [", System.Text.Encoding.UTF8, "application/json"));
        var unknown = await staff.PostAsJsonAsync("/api/changelab/bookings", new { resource = "gibt-es-nicht", day = "2026-12-08" });
        var unknownDay = await staff.GetAsync(new Uri($"/api/changelab/resources/{DemoWorkspaceSeeder.FirstDesk}?day=bald", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownDay.StatusCode);
        Assert.Equal(0, await BookingCountAsync());
    }

    [Theory]
    [InlineData(Personas.Anonymous, HttpStatusCode.Unauthorized)]
    [InlineData(Personas.Resident, HttpStatusCode.Forbidden)]
    [InlineData(Personas.ModeratorHoechberg, HttpStatusCode.Forbidden)]
    [InlineData(Personas.StaffRimpar, HttpStatusCode.Created)]
    [InlineData(Personas.AdminHoechberg, HttpStatusCode.Created)]
    [InlineData(Personas.RegionAdmin, HttpStatusCode.Created)]
    public async Task only_staff_and_administrators_of_the_region_book(string persona, HttpStatusCode expected)
    {
        using var client = await Personas.SignedInClientAsync(Host, persona);

        var response = await client.PostAsJsonAsync("/api/changelab/bookings", Desk());
        var list = await client.GetAsync(new Uri("/api/changelab/resources", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Created ? HttpStatusCode.OK : expected, list.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Created ? 1 : 0, await BookingCountAsync());
    }

    [Fact]
    public async Task the_booker_gives_a_booking_back_and_the_slot_is_free_again_while_another_colleague_cannot()
    {
        using var owner = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var colleague = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);
        using var admin = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);
        var first = await IdOf(await owner.PostAsJsonAsync("/api/changelab/bookings", Desk(from: "09:00", to: "10:00")));
        var second = await IdOf(await owner.PostAsJsonAsync("/api/changelab/bookings", Desk(from: "10:00", to: "11:00")));

        var foreign = await colleague.DeleteAsync(new Uri($"/api/changelab/bookings/{first}", UriKind.Relative));
        var own = await owner.DeleteAsync(new Uri($"/api/changelab/bookings/{first}", UriKind.Relative));
        var again = await owner.DeleteAsync(new Uri($"/api/changelab/bookings/{first}", UriKind.Relative));
        var byAdmin = await admin.DeleteAsync(new Uri($"/api/changelab/bookings/{second}", UriKind.Relative));
        var rebooked = await colleague.PostAsJsonAsync("/api/changelab/bookings", Desk(from: "09:00", to: "11:00"));

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Created, rebooked.StatusCode);
        Assert.Equal(2, await Host.QueryAsync(db => db.Bookings.CountAsync(b => b.Status == "cancelled")));
    }

    [Fact]
    public async Task a_person_holds_at_most_the_configured_number_of_bookings()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        for (var i = 0; i < 10; i++)
        {
            var from = new TimeOnly(8, 0).AddMinutes(30 * i).ToString("HH:mm", null);
            Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/changelab/bookings", Desk(from: from, to: new TimeOnly(8, 30).AddMinutes(30 * i).ToString("HH:mm", null)))).StatusCode);
        }

        var eleventh = await staff.PostAsJsonAsync("/api/changelab/bookings", Desk(from: "15:00", to: "16:00"));

        Assert.Equal(HttpStatusCode.Conflict, eleventh.StatusCode);
        Assert.Equal(10, await BookingCountAsync());
    }

    [Fact]
    public async Task the_workshop_room_waits_for_approval_and_holds_its_slots_meanwhile()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var other = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);

        var requested = await staff.PostAsJsonAsync("/api/changelab/bookings", new { resource = DemoWorkspaceSeeder.WorkshopRoom, day = "2026-12-10", from = "09:00", to = "12:00" });
        var competing = await other.PostAsJsonAsync("/api/changelab/bookings", new { resource = DemoWorkspaceSeeder.WorkshopRoom, day = "2026-12-10", from = "11:00", to = "12:00" });

        Assert.Equal("pending", (await requested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, competing.StatusCode);
    }
}
