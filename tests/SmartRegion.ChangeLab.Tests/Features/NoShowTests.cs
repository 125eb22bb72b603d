using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.ChangeLab.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.ChangeLab.Tests.Features;

/// <summary>Check-in and the release of bookings nobody came for.</summary>
public sealed class NoShowTests(ChangeLabHost host) : ChangeLabTest(host)
{
    private Task<int> ReleaseAsync() => Host.QueryAsync(async _ =>
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReleaseNoShows>().RunAsync(CancellationToken.None);
    });

    private static async Task<Guid> BookAsync(HttpClient client, string resource, string from, string to)
    {
        var response = await client.PostAsJsonAsync("/api/changelab/bookings", new { resource, day = "2026-12-07", from, to });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task a_booking_nobody_checked_in_for_is_released_half_an_hour_after_its_start_and_a_checked_in_one_stays()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var empty = await BookAsync(staff, DemoWorkspaceSeeder.FirstDesk, "09:00", "12:00");
        var used = await BookAsync(staff, DemoWorkspaceSeeder.MeetingRoom, "09:00", "12:00");
        var early = await staff.PostAsync(new Uri($"/api/changelab/bookings/{used}/check-in", UriKind.Relative), null);
        Assert.Equal(0, await ReleaseAsync()); // nothing due yet: a quiet round changes nothing

        Host.Clock.Advance(TimeSpan.FromMinutes(50)); // 08:50 in Würzburg
        var checkedIn = await staff.PostAsync(new Uri($"/api/changelab/bookings/{used}/check-in", UriKind.Relative), null);
        Host.Clock.Advance(TimeSpan.FromMinutes(40)); // 09:30
        var released = await ReleaseAsync();
        var again = await ReleaseAsync();

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.OK, checkedIn.StatusCode);
        Assert.Equal(1, released);
        Assert.Equal(0, again);
        Assert.Equal("released", await Host.QueryAsync(db => db.Bookings.Where(b => b.Id == empty).Select(b => b.Status).SingleAsync()));
        Assert.Equal("confirmed", await Host.QueryAsync(db => db.Bookings.Where(b => b.Id == used).Select(b => b.Status).SingleAsync()));
        using var colleague = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);
        Assert.Equal(HttpStatusCode.Created, (await colleague.PostAsJsonAsync("/api/changelab/bookings",
            new { resource = DemoWorkspaceSeeder.FirstDesk, day = "2026-12-07", from = "10:00", to = "11:00" })).StatusCode);
    }

    [Fact]
    public async Task only_the_person_who_booked_checks_in_and_the_page_offers_it_when_it_is_time()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var other = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);
        var id = await BookAsync(staff, DemoWorkspaceSeeder.FirstDesk, "08:00", "10:00");

        var foreign = await other.PostAsync(new Uri($"/api/changelab/bookings/{id}/check-in", UriKind.Relative), null);
        var page = await HtmlPage.LoadAsync(staff, "/change-lab/buchungen");
        var posted = await page.SubmitAsync(staff, "main form", new Dictionary<string, string> { ["CheckInId"] = id.ToString() });

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.NotNull(page.Document.QuerySelector($"main button[name=CheckInId][value='{id}']"));
        Assert.Equal("/change-lab/buchungen?erledigt=eingecheckt", Target(posted));
        Assert.True(await Host.QueryAsync(db => db.Bookings.AnyAsync(b => b.Id == id && b.CheckedInAt != null)));
    }
}
