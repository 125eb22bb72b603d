using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.ChangeLab.Seed;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Contracts.Privacy;
using SmartRegion.Kernel.Outbox;
using SmartRegion.TestKit;

namespace SmartRegion.ChangeLab.Tests.Presence;

/// <summary>„Wer ist heute da?“ through the API: only colleagues who take part, only confirmed desk and room bookings of today, only for those who take part.</summary>
public sealed class WhoIsInApiTests(ChangeLabHost host) : ChangeLabTest(host)
{
    private static async Task<List<JsonElement>> ColleaguesAsync(HttpClient client)
    {
        var today = await client.GetFromJsonAsync<JsonElement>(PresenceKit.Today);
        Assert.Equal("2026-12-07", today.GetProperty("day").GetString());
        return [.. today.GetProperty("colleagues").EnumerateArray()];
    }

    private Task<string> EquipmentAsync() => Host.QueryAsync(db => db.Bookables.Where(b => b.Kind == "equipment").Select(b => b.Slug).FirstAsync());

    [Fact]
    public async Task a_colleague_taking_part_sees_colleagues_taking_part_booked_today_and_nobody_else()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var rimpar = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);
        await PresenceKit.ShareAsync(me);
        await PresenceKit.ShareAsync(rimpar);
        // A colleague of another municipality: the Change Lab is the whole region's.
        await PresenceKit.BookTodayAsync(rimpar, DemoWorkspaceSeeder.FirstDesk, "10:00", "12:00");
        // One's own booking is not news to oneself.
        await PresenceKit.BookTodayAsync(me, DemoWorkspaceSeeder.MeetingRoom, "10:00", "11:00");
        // Takes part, but booked only yesterday and tomorrow, gave one back, was released for not coming, waits for approval, or borrows a device.
        var other = await People.CreateAsync(Host, "kollegin-anders@beispiel.de", roles: (HubRoles.Staff, Personas.Hoechberg));
        await PresenceKit.SharedAsync(Host, other.Id);
        await PresenceKit.BookedAsync(Host, other.Id, "Kollegin Anders", "demo-platz-2", PresenceKit.Monday.AddDays(-1));
        await PresenceKit.BookedAsync(Host, other.Id, "Kollegin Anders", "demo-platz-2", PresenceKit.Monday.AddDays(1));
        await PresenceKit.BookedAsync(Host, other.Id, "Kollegin Anders", "demo-platz-3", PresenceKit.Monday, BookingStatus.Cancelled);
        await PresenceKit.BookedAsync(Host, other.Id, "Kollegin Anders", "demo-platz-4", PresenceKit.Monday, BookingStatus.Released);
        await PresenceKit.BookedAsync(Host, other.Id, "Kollegin Anders", DemoWorkspaceSeeder.WorkshopRoom, PresenceKit.Monday, BookingStatus.Pending);
        await PresenceKit.BookedAsync(Host, other.Id, "Kollegin Anders", await EquipmentAsync(), PresenceKit.Monday);
        // Booked today, but does not take part.
        var shy = await People.CreateAsync(Host, "kollege-still@beispiel.de", roles: (HubRoles.Staff, Personas.Hoechberg));
        await PresenceKit.BookedAsync(Host, shy.Id, "Kollege Still", "demo-platz-5", PresenceKit.Monday);

        var colleagues = await ColleaguesAsync(me);

        var only = Assert.Single(colleagues);
        Assert.Equal("staff-rimpar", only.GetProperty("name").GetString());
        Assert.Equal(DemoWorkspaceSeeder.FirstDesk, only.GetProperty("resource").GetString());
        Assert.Equal("Arbeitsplatz 1", only.GetProperty("resourceName").GetString());
        Assert.Equal("desk", only.GetProperty("kind").GetString());
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero), only.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 11, 0, 0, TimeSpan.Zero), only.GetProperty("endsAt").GetDateTimeOffset());
        // And the other way round: the colleague sees me.
        Assert.Equal("staff-hoechberg", Assert.Single(await ColleaguesAsync(rimpar)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task a_colleague_whose_staff_role_was_taken_away_is_no_longer_listed()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        await PresenceKit.ShareAsync(me);
        var leaving = await People.CreateAsync(Host, "kollege-geht@beispiel.de", roles: (HubRoles.Staff, Personas.Rimpar));
        await PresenceKit.SharedAsync(Host, leaving.Id);
        await PresenceKit.BookedAsync(Host, leaving.Id, "Kollege Geht", "demo-platz-2", PresenceKit.Monday);
        Assert.Equal("Kollege Geht", Assert.Single(await ColleaguesAsync(me)).GetProperty("name").GetString());

        using var admin = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);
        var assignments = await admin.GetFromJsonAsync<JsonElement>("/api/hub/role-assignments?municipality=" + Personas.Rimpar);
        var role = assignments.EnumerateArray().Single(a => a.GetProperty("email").GetString() == "kollege-geht@beispiel.de");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(new Uri($"/api/hub/role-assignments/{role.GetProperty("id").GetGuid()}", UriKind.Relative))).StatusCode);

        Assert.Empty(await ColleaguesAsync(me));
    }

    [Fact]
    public async Task today_is_the_day_in_berlin_not_in_utc()
    {
        // 23:30 UTC on Monday is 00:30 on Tuesday in Würzburg.
        Host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 23, 30, 0, TimeSpan.Zero));
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        await PresenceKit.ShareAsync(me);
        var other = await People.CreateAsync(Host, "kollegin-frueh@beispiel.de", roles: (HubRoles.Staff, Personas.Rimpar));
        await PresenceKit.SharedAsync(Host, other.Id);
        await PresenceKit.BookedAsync(Host, other.Id, "Kollegin Früh", "demo-platz-2", PresenceKit.Monday);
        await PresenceKit.BookedAsync(Host, other.Id, "Kollegin Früh", "demo-platz-3", PresenceKit.Monday.AddDays(1));

        var today = await me.GetFromJsonAsync<JsonElement>(PresenceKit.Today);

        Assert.Equal("2026-12-08", today.GetProperty("day").GetString());
        Assert.Equal("demo-platz-3", Assert.Single(today.GetProperty("colleagues").EnumerateArray()).GetProperty("resource").GetString());
    }

    [Fact]
    public async Task a_person_not_taking_part_gets_a_403_with_the_reason_and_no_names()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var rimpar = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);
        await PresenceKit.ShareAsync(rimpar);
        await PresenceKit.BookTodayAsync(rimpar, DemoWorkspaceSeeder.FirstDesk, "10:00", "12:00");

        var response = await me.GetAsync(new Uri(PresenceKit.Today, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("selbst mitmachen", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("staff-rimpar", body, StringComparison.Ordinal);
        var state = await me.GetFromJsonAsync<JsonElement>(PresenceKit.Sharing);
        Assert.False(state.GetProperty("sharing").GetBoolean());
    }

    [Fact]
    public async Task withdrawing_takes_the_person_off_the_list_at_once_and_ends_their_view()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var rimpar = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);
        await PresenceKit.ShareAsync(me);
        await PresenceKit.ShareAsync(rimpar);
        await PresenceKit.BookTodayAsync(rimpar, DemoWorkspaceSeeder.FirstDesk, "10:00", "12:00");
        Assert.Single(await ColleaguesAsync(me));

        var withdrawn = await rimpar.DeleteAsync(new Uri(PresenceKit.Sharing, UriKind.Relative));
        var again = await rimpar.DeleteAsync(new Uri(PresenceKit.Sharing, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Empty(await ColleaguesAsync(me));
        Assert.Equal(HttpStatusCode.Forbidden, (await rimpar.GetAsync(new Uri(PresenceKit.Today, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task taking_part_twice_keeps_the_moment_of_the_first_consent()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        await PresenceKit.ShareAsync(me);
        Host.Clock.SetUtcNow(ChangeLabHost.Start.AddHours(2));

        var again = await me.PutAsync(new Uri(PresenceKit.Sharing, UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("sharing").GetBoolean());
        Assert.Equal(ChangeLabHost.Start, body.GetProperty("since").GetDateTimeOffset());
        Assert.Equal(ChangeLabHost.Start, (await me.GetFromJsonAsync<JsonElement>(PresenceKit.Sharing)).GetProperty("since").GetDateTimeOffset());
        Assert.Equal(1, await Host.QueryAsync(db => db.PresenceSharings.CountAsync()));
    }

    [Theory]
    [InlineData(Personas.Anonymous, HttpStatusCode.Unauthorized)]
    [InlineData(Personas.Resident, HttpStatusCode.Forbidden)]
    [InlineData(Personas.ModeratorHoechberg, HttpStatusCode.Forbidden)]
    [InlineData(Personas.StaffRimpar, HttpStatusCode.OK)]
    [InlineData(Personas.AdminHoechberg, HttpStatusCode.OK)]
    [InlineData(Personas.RegionAdmin, HttpStatusCode.OK)]
    public async Task only_staff_and_administrators_of_the_region_take_part_and_see_the_list(string persona, HttpStatusCode expected)
    {
        using var client = await Personas.SignedInClientAsync(Host, persona);

        var put = await client.PutAsync(new Uri(PresenceKit.Sharing, UriKind.Relative), null);
        var read = await client.GetAsync(new Uri(PresenceKit.Sharing, UriKind.Relative));
        var today = await client.GetAsync(new Uri(PresenceKit.Today, UriKind.Relative));

        Assert.Equal(expected, put.StatusCode);
        Assert.Equal(expected, read.StatusCode);
        Assert.Equal(expected, today.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? 1 : 0, await Host.QueryAsync(db => db.PresenceSharings.CountAsync()));
        var delete = await client.DeleteAsync(new Uri(PresenceKit.Sharing, UriKind.Relative));
        Assert.Equal(expected == HttpStatusCode.OK ? HttpStatusCode.NoContent : expected, delete.StatusCode);
        Assert.Equal(0, await Host.QueryAsync(db => db.PresenceSharings.CountAsync()));
    }

    [Fact]
    public async Task every_read_of_the_list_is_recorded_in_the_audit_log_without_names()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var rimpar = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);
        await PresenceKit.ShareAsync(me);
        await PresenceKit.ShareAsync(rimpar);
        await PresenceKit.BookTodayAsync(rimpar, DemoWorkspaceSeeder.FirstDesk, "10:00", "12:00");

        await ColleaguesAsync(me);

        var line = Assert.Single(await AuditTrail.ReadAsync(Host, "changelab-presence.read"));
        Assert.Equal("2026-12-07", line.RecordId);
        Assert.Equal("entries=1", line.Details);
        Assert.DoesNotContain("rimpar", line.Details ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_export_says_since_when_the_person_takes_part_and_a_deleted_account_takes_the_consent_away()
    {
        var person = (await Personas.EnsureAsync(Host, Personas.StaffHoechberg))!.Id;
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        await PresenceKit.ShareAsync(me);
        await using var scope = Host.Services.CreateAsyncScope();
        var contributor = scope.ServiceProvider.GetServices<IPersonalDataContributor>().Single(c => c.Section == "change-lab");

        var data = JsonSerializer.SerializeToElement(await contributor.CollectAsync(new PersonId(person), CancellationToken.None));

        var sharing = data.GetProperty("presenceSharing");
        Assert.True(sharing.GetProperty("sharing").GetBoolean());
        Assert.Equal(ChangeLabHost.Start, sharing.GetProperty("since").GetDateTimeOffset());

        // The Change Lab's own handler, twice: delivery is at least once.
        var handler = scope.ServiceProvider.GetServices<IIntegrationEventHandler<PersonDeleted>>().Single(h => h.GetType().Assembly == typeof(ChangeLabDb).Assembly);
        await handler.HandleAsync(new PersonDeleted(new PersonId(person)), CancellationToken.None);
        await handler.HandleAsync(new PersonDeleted(new PersonId(person)), CancellationToken.None);

        Assert.Equal(0, await Host.QueryAsync(db => db.PresenceSharings.CountAsync()));
        Assert.Null(await contributor.CollectAsync(new PersonId(person), CancellationToken.None));
    }
}
