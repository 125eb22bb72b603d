using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.ChangeLab.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.ChangeLab.Tests.Feeds;

/// <summary>The secret calendar addresses through the API and the feeds a calendar program fetches without a session.</summary>
public sealed class FeedTests(ChangeLabHost host) : ChangeLabTest(host)
{
    [Fact]
    public async Task the_personal_feed_is_icalendar_with_the_persons_own_bookings_only_and_no_cache()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var colleague = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);
        await FeedKit.BookAsync(me, DemoWorkspaceSeeder.FirstDesk, "2026-12-08", "10:00", "12:00");
        await FeedKit.BookAsync(colleague, DemoWorkspaceSeeder.MeetingRoom, "2026-12-08", "09:00", "10:00");
        var path = await FeedKit.IssueAsync(me);

        var feed = await FeedKit.FetchAsync(Host, path);

        Assert.Equal(HttpStatusCode.OK, feed.Status);
        Assert.Equal("text/calendar", feed.MediaType);
        Assert.Contains("private", feed.CacheControl, StringComparison.Ordinal);
        Assert.Contains("no-store", feed.CacheControl, StringComparison.Ordinal);
        Assert.False(feed.SetsCookie);
        var booking = Assert.Single(feed.Events.EnumerateArray());
        Assert.Equal("Change Lab: Arbeitsplatz 1", booking.GetProperty("summary").GetString());
        Assert.Equal("Change Lab Würzburg, Arbeitsplatz 1", booking.GetProperty("location").GetString());
        Assert.Equal("CONFIRMED", booking.GetProperty("status").GetString());
        Assert.Equal("Stand der Buchung: gebucht", booking.GetProperty("description").GetString());
        Assert.Equal("2026-12-08T09:00:00+00:00", booking.GetProperty("start").GetString());
        Assert.Equal("2026-12-08T11:00:00+00:00", booking.GetProperty("end").GetString());
    }

    [Fact]
    public async Task an_address_opens_nothing_once_its_holder_is_no_longer_staff()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        await FeedKit.BookAsync(me, DemoWorkspaceSeeder.FirstDesk, "2026-12-08");
        var path = await FeedKit.IssueAsync(me);
        var resource = path.Replace(".ics", "/plaetze/" + DemoWorkspaceSeeder.FirstDesk + ".ics", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await FeedKit.FetchAsync(Host, path)).Status);
        Assert.Equal(HttpStatusCode.OK, (await FeedKit.FetchAsync(Host, resource)).Status);

        using var admin = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);
        var assignments = await admin.GetFromJsonAsync<JsonElement>("/api/hub/role-assignments?municipality=" + Personas.Hoechberg);
        var staff = assignments.EnumerateArray().Single(a => a.GetProperty("email").GetString() == Personas.Email(Personas.StaffHoechberg));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(new Uri($"/api/hub/role-assignments/{staff.GetProperty("id").GetGuid()}", UriKind.Relative))).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await FeedKit.FetchAsync(Host, path)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await FeedKit.FetchAsync(Host, resource)).Status);
    }

    [Fact]
    public async Task a_cancelled_booking_stays_in_the_personal_feed_as_cancelled_so_calendars_drop_it()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        await FeedKit.BookAsync(me, DemoWorkspaceSeeder.FirstDesk, "2026-12-08");
        var id = (await me.GetFromJsonAsync<JsonElement>("/api/changelab/bookings/mine"))[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await me.DeleteAsync(new Uri($"/api/changelab/bookings/{id}", UriKind.Relative))).StatusCode);
        var path = await FeedKit.IssueAsync(me);

        var booking = Assert.Single((await FeedKit.FetchAsync(Host, path)).Events.EnumerateArray());

        Assert.Equal("CANCELLED", booking.GetProperty("status").GetString());
        Assert.Equal($"booking-{id:D}@changelab.smarte-region", booking.GetProperty("uid").GetString());
    }

    [Fact]
    public async Task the_resource_feed_shows_a_colleagues_booking_as_booked_without_name_or_address_and_the_holders_own_as_theirs()
    {
        var colleague = (await Personas.EnsureAsync(Host, Personas.StaffRimpar))!;
        using var other = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        await FeedKit.BookAsync(other, DemoWorkspaceSeeder.FirstDesk, "2026-12-08", "10:00", "12:00");
        await FeedKit.BookAsync(me, DemoWorkspaceSeeder.FirstDesk, "2026-12-08", "14:00", "15:00");
        await FeedKit.BookAsync(other, DemoWorkspaceSeeder.MeetingRoom, "2026-12-08", "14:00", "15:00");
        var path = await FeedKit.IssueAsync(me);

        var feed = await FeedKit.FetchAsync(Host, FeedKit.ResourcePath(path, DemoWorkspaceSeeder.FirstDesk));

        Assert.Equal(HttpStatusCode.OK, feed.Status);
        Assert.Contains("no-store", feed.CacheControl, StringComparison.Ordinal);
        var events = feed.Events.EnumerateArray().ToList();
        Assert.Equal(["Belegt", "Ihre Buchung"], events.Select(e => e.GetProperty("summary").GetString()));
        Assert.All(events, e => Assert.Equal("Change Lab Würzburg, Arbeitsplatz 1", e.GetProperty("location").GetString()));
        Assert.Equal("", events[0].GetProperty("description").GetString());
        // Nothing in the whole file tells who booked: no name, no address, no id.
        foreach (var trace in new[] { "staff-rimpar", "beispiel.de", colleague.Id.ToString(), "Rimpar" })
        {
            Assert.DoesNotContain(trace, feed.Body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task replacing_the_address_stops_the_old_one_at_once_and_deleting_stops_the_new_one()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var old = await FeedKit.IssueAsync(me);

        var refused = await me.PostAsJsonAsync("/api/changelab/me/feed", new { replace = false });
        var renewed = await FeedKit.IssueAsync(me, replace: true);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Replace", out _));
        Assert.NotEqual(old, renewed);
        Assert.Equal(HttpStatusCode.NotFound, (await FeedKit.FetchAsync(Host, old)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await FeedKit.FetchAsync(Host, FeedKit.ResourcePath(old, DemoWorkspaceSeeder.FirstDesk))).Status);
        Assert.Equal(HttpStatusCode.OK, (await FeedKit.FetchAsync(Host, renewed)).Status);

        Assert.Equal(HttpStatusCode.NoContent, (await me.DeleteAsync(new Uri("/api/changelab/me/feed", UriKind.Relative))).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await FeedKit.FetchAsync(Host, renewed)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await me.GetAsync(new Uri("/api/changelab/me/feed", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await me.DeleteAsync(new Uri("/api/changelab/me/feed", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task a_revoked_a_never_issued_and_a_malformed_address_get_the_same_404()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var revoked = await FeedKit.IssueAsync(me);
        await me.DeleteAsync(new Uri("/api/changelab/me/feed", UriKind.Relative));
        var neverIssued = "/change-lab/kalender/" + new string('A', 43) + ".ics";

        var answers = new List<Fetched>();
        foreach (var path in new[] { revoked, neverIssued, "/change-lab/kalender/kurz.ics", FeedKit.ResourcePath(neverIssued, DemoWorkspaceSeeder.FirstDesk) })
        {
            answers.Add(await FeedKit.FetchAsync(Host, path));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.Status));
        Assert.All(answers, a => Assert.Contains("no-store", a.CacheControl, StringComparison.Ordinal));
        Assert.Single(answers.Select(a => JsonSerializer.Deserialize<JsonElement>(a.Body).GetProperty("detail").GetString()).Distinct());
    }

    [Fact]
    public async Task an_unknown_resource_is_a_404_even_with_a_valid_address()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var path = await FeedKit.IssueAsync(me);

        Assert.Equal(HttpStatusCode.NotFound, (await FeedKit.FetchAsync(Host, FeedKit.ResourcePath(path, "gibt-es-nicht"))).Status);
    }

    [Fact]
    public async Task the_key_is_random_url_safe_and_only_its_sha256_hash_is_stored()
    {
        using var me = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var person = (await Personas.EnsureAsync(Host, Personas.StaffHoechberg))!.Id;

        var first = FeedKit.KeyOf(await FeedKit.IssueAsync(me));
        var second = FeedKit.KeyOf(await FeedKit.IssueAsync(me, replace: true));

        Assert.NotEqual(first, second);
        Assert.True(System.Buffers.Text.Base64Url.DecodeFromChars(second).Length >= 16, "at least 128 random bits");
        Assert.Matches("^[A-Za-z0-9_-]+$", second);
        var stored = await Host.QueryAsync(db => db.FeedAddresses.AsNoTracking().SingleAsync(f => f.PersonId == person));
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(second)));
        Assert.Equal(expected, stored.KeyHash);
        Assert.DoesNotContain(second, JsonSerializer.Serialize(stored), StringComparison.Ordinal);
        var api = await me.GetFromJsonAsync<JsonElement>("/api/changelab/me/feed");
        Assert.DoesNotContain(second, api.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Personas.Anonymous, HttpStatusCode.Unauthorized)]
    [InlineData(Personas.Resident, HttpStatusCode.Forbidden)]
    [InlineData(Personas.ModeratorHoechberg, HttpStatusCode.Forbidden)]
    public async Task the_address_api_is_for_staff_who_may_book(string persona, HttpStatusCode expected)
    {
        using var client = await Personas.SignedInClientAsync(Host, persona);

        Assert.Equal(expected, (await client.GetAsync(new Uri("/api/changelab/me/feed", UriKind.Relative))).StatusCode);
        Assert.Equal(expected, (await client.PostAsJsonAsync("/api/changelab/me/feed", new { replace = false })).StatusCode);
        Assert.Equal(expected, (await client.DeleteAsync(new Uri("/api/changelab/me/feed", UriKind.Relative))).StatusCode);
        Assert.Equal(0, await Host.QueryAsync(db => db.FeedAddresses.CountAsync()));
    }
}
