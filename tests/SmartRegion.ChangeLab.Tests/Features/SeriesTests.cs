using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.ChangeLab.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.ChangeLab.Tests.Features;

/// <summary>Weekly bookings: holidays skipped, all weeks or none, and "this and later" given back together.</summary>
public sealed class SeriesTests(ChangeLabHost host) : ChangeLabTest(host)
{
    [Fact]
    public async Task a_weekly_series_skips_the_holidays_and_this_and_later_gives_back_the_rest_while_earlier_weeks_stay()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        // Fridays from 11 December: the 25th is Christmas Day and 1 January New Year's Day, so two Fridays are booked.
        var response = await staff.PostAsJsonAsync("/api/changelab/bookings/series",
            new { resource = DemoWorkspaceSeeder.MeetingRoom, day = "2026-12-11", from = "09:00", to = "10:00", weeks = 4 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var bookings = body.GetProperty("bookings").EnumerateArray().Select(b => b.GetGuid()).ToList();
        Assert.Equal(2, bookings.Count);
        Assert.Equal(["2026-12-25", "2027-01-01"], body.GetProperty("skippedHolidays").EnumerateArray().Select(d => d.GetString()));

        var later = await staff.DeleteAsync(new Uri($"/api/changelab/bookings/{bookings[1]}?andLater=true", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        var states = await Host.QueryAsync(db => db.Bookings.OrderBy(b => b.StartsAt).Select(b => b.Status).ToListAsync());
        Assert.Equal(["confirmed", "cancelled"], states);
    }

    [Fact]
    public async Task a_series_with_one_taken_week_books_nothing_and_bad_weeks_are_named()
    {
        using var first = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        Assert.Equal(HttpStatusCode.Created, (await first.PostAsJsonAsync("/api/changelab/bookings",
            new { resource = DemoWorkspaceSeeder.MeetingRoom, day = "2026-12-15", from = "09:30", to = "10:30" })).StatusCode);

        var taken = await staff.PostAsJsonAsync("/api/changelab/bookings/series",
            new { resource = DemoWorkspaceSeeder.MeetingRoom, day = "2026-12-08", from = "09:00", to = "10:00", weeks = 3 });
        var tooMany = await staff.PostAsJsonAsync("/api/changelab/bookings/series",
            new { resource = DemoWorkspaceSeeder.MeetingRoom, day = "2026-12-08", from = "09:00", to = "10:00", weeks = 40 });
        var beyond = await staff.PostAsJsonAsync("/api/changelab/bookings/series",
            new { resource = DemoWorkspaceSeeder.MeetingRoom, day = "2026-12-08", from = "09:00", to = "10:00", weeks = 8 });

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, beyond.StatusCode);
        Assert.Equal(1, await Host.QueryAsync(db => db.Bookings.CountAsync()));
    }

    [Fact]
    public async Task the_booking_form_books_a_series_when_weeks_are_chosen()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var form = await HtmlPage.LoadAsync(staff, $"/change-lab/plaetze/{DemoWorkspaceSeeder.FirstDesk}");

        var posted = await form.SubmitAsync(staff, "main form[method=post]", new Dictionary<string, string>
        {
            ["Model.Day"] = "2026-12-08", ["Model.From"] = "", ["Model.To"] = "", ["Model.Weeks"] = "2",
        });

        Assert.Equal("/change-lab/buchungen?erledigt=gebucht", Target(posted));
        var series = await Host.QueryAsync(db => db.Bookings.Select(b => b.SeriesId).ToListAsync());
        Assert.Equal(2, series.Count);
        Assert.NotNull(Assert.Single(series.Distinct()));
    }
}
