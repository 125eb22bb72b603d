using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Features;

/// <summary>The personal calendar address: made, replaced and deleted by its owner; read by a calendar program with the address alone.</summary>
public sealed class PersonalFeedTests(EventsHost host) : EventsTest(host)
{
    private async Task<Guid> RegisterAsync(HttpClient client, Guid date, string email)
    {
        var response = await client.PostAsJsonAsync($"/api/events/dates/{date}/registrations", new { seats = 1, name = "Erika Muster", email, consent = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return date;
    }

    private static async Task<string> IssueAsync(HttpClient client, bool replace = false)
    {
        var response = await client.PostAsJsonAsync("/api/events/me/feed", new { replace });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return new Uri((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!).PathAndQuery;
    }

    /// <summary>What a calendar program gets: no cookie, no account.</summary>
    private async Task<HttpResponseMessage> FetchAsync(string path)
    {
        using var calendar = Host.CreateBrowserClient();
        return await calendar.GetAsync(new Uri(path, UriKind.Relative));
    }

    private static string Uid(Guid date) => date.ToString("D") + "@smarte-region";

    [Fact]
    public async Task the_feed_holds_the_persons_confirmed_seat_and_waiting_place_and_nothing_of_other_people()
    {
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var confirmed = await RegisterAsync(resident, await Host.PublishedDateAsync(capacity: 5), Personas.Email(Personas.Resident));
        var full = await RegisterAsync(staff, await Host.PublishedDateAsync(capacity: 1), Personas.Email(Personas.StaffHoechberg));
        await RegisterAsync(resident, full, Personas.Email(Personas.Resident));
        var othersOnly = await RegisterAsync(staff, await Host.PublishedDateAsync(capacity: 5), Personas.Email(Personas.StaffHoechberg));

        var response = await FetchAsync(await IssueAsync(resident));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, "Cache-Control: private, no-store");
        var events = IcsParser.Parse(await response.Content.ReadAsStringAsync()).GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(2, events.Count);
        var seat = events.Single(e => e.GetProperty("uid").GetString() == Uid(confirmed));
        Assert.Equal(("Workshop", "CONFIRMED"), (seat.GetProperty("summary").GetString(), seat.GetProperty("status").GetString()));
        var waiting = events.Single(e => e.GetProperty("uid").GetString() == Uid(full));
        Assert.Equal(("Warteliste: Workshop", "TENTATIVE"), (waiting.GetProperty("summary").GetString(), waiting.GetProperty("status").GetString()));
        Assert.DoesNotContain(events, e => e.GetProperty("uid").GetString() == Uid(othersOnly));
    }

    [Fact]
    public async Task another_persons_address_or_an_altered_one_never_shows_your_dates()
    {
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var mine = await RegisterAsync(resident, await Host.PublishedDateAsync(capacity: 5), Personas.Email(Personas.Resident));
        var theirs = await RegisterAsync(staff, await Host.PublishedDateAsync(capacity: 5), Personas.Email(Personas.StaffHoechberg));
        var myFeed = await IssueAsync(resident);
        var altered = myFeed[..^5] + (myFeed[^5] == 'A' ? 'B' : 'A') + ".ics";

        var parsed = IcsParser.Parse(await (await FetchAsync(await IssueAsync(staff))).Content.ReadAsStringAsync());

        Assert.Equal([Uid(theirs)], parsed.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("uid").GetString()));
        Assert.DoesNotContain(Uid(mine), parsed.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await FetchAsync(altered)).StatusCode);
    }

    [Fact]
    public async Task replacing_the_address_ends_the_old_one_at_once_and_the_new_one_works()
    {
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);
        var old = await IssueAsync(resident);

        var replaced = await IssueAsync(resident, replace: true);

        Assert.NotEqual(old, replaced);
        Assert.Equal(HttpStatusCode.NotFound, (await FetchAsync(old)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await FetchAsync(replaced)).StatusCode);
    }

    [Fact]
    public async Task a_deleted_address_answers_exactly_like_one_that_never_existed()
    {
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);
        var path = await IssueAsync(resident);

        var delete = await resident.DeleteAsync(new Uri("/api/events/me/feed", UriKind.Relative));
        var deleted = await FetchAsync(path);
        var never = await FetchAsync("/veranstaltungen/kalender/persoenlich/" + Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32)) + ".ics");
        var malformed = await FetchAsync("/veranstaltungen/kalender/persoenlich/kurz.ics");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.All([deleted, never, malformed], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var bodies = await Task.WhenAll(new[] { deleted, never, malformed }.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()));
        Assert.Single(bodies.Distinct());
        Assert.True(deleted.Headers.CacheControl is { Private: true, NoStore: true }, "Cache-Control: private, no-store");
        Assert.False((await resident.GetFromJsonAsync<JsonElement>("/api/events/me/feed")).GetProperty("exists").GetBoolean());
    }

    [Fact]
    public async Task a_second_address_is_a_conflict_and_replacing_or_deleting_none_is_a_404_problem()
    {
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);
        var replaceNone = await resident.PostAsJsonAsync("/api/events/me/feed", new { replace = true });
        var deleteNone = await resident.DeleteAsync(new Uri("/api/events/me/feed", UriKind.Relative));
        var first = await IssueAsync(resident);

        var second = await resident.PostAsync(new Uri("/api/events/me/feed", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, replaceNone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleteNone.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await FetchAsync(first)).StatusCode);
    }

    [Fact]
    public async Task without_signing_in_the_api_answers_401_and_changes_nothing()
    {
        var get = await Client.GetAsync(new Uri("/api/events/me/feed", UriKind.Relative));
        var post = await Client.PostAsync(new Uri("/api/events/me/feed", UriKind.Relative), null);
        var delete = await Client.DeleteAsync(new Uri("/api/events/me/feed", UriKind.Relative));

        Assert.All([get, post, delete], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(0, await Host.QueryAsync(db => db.PersonalFeeds.CountAsync()));
    }

    [Fact]
    public async Task the_table_keeps_the_sha256_of_the_secret_and_never_the_secret()
    {
        using var resident = await Personas.SignedInClientAsync(Host, Personas.Resident);
        var token = (await IssueAsync(resident)).Split('/')[^1].Replace(".ics", "", StringComparison.Ordinal);

        var row = await Host.QueryAsync(db => db.PersonalFeeds.AsNoTracking().SingleAsync());
        var columns = await Host.QueryAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(global::SmartRegion.Events.Feeds.PersonalFeed))!.GetProperties().Select(p => p.Name).Order().ToList()));

        Assert.True(WebEncodedBytes(token) >= 16, "at least 128 random bits");
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(token)), row.TokenHash);
        Assert.Equal(["CreatedAt", "PersonId", "TokenHash"], columns);
    }

    private static int WebEncodedBytes(string token) => Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(token).Length;
}
