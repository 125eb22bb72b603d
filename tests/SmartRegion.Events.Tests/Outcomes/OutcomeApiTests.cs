using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Tests.CheckIn;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Outcomes;

/// <summary>
/// „Ergebnisse und Protokoll“ through the API: only the event's organisers write them, only once a date has ended, and
/// the event's JSON shows them with the time they were published and changed.
/// </summary>
public sealed class OutcomeApiTests(EventsHost host) : EventsTest(host)
{
    private static readonly object Minutes = new
    {
        text = "Wir haben drei neue Bänke für den Marktplatz beschlossen.\n\nDas nächste Treffen ist im Frühjahr.",
        documentUrl = "https://www.hoechberg.de/protokoll.pdf",
    };

    private async Task<Guid> EventOfAsync(Guid date) => await Host.QueryAsync(db => db.Dates.Where(d => d.Id == date).Select(d => d.EventId).SingleAsync());

    private async Task<string?> StoredTextAsync(Guid id) => await Host.QueryAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.OutcomeText).SingleAsync());

    private async Task<string> SlugAsync(Guid id) => await Host.QueryAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Slug).SingleAsync());

    [Theory]
    [InlineData(Personas.StaffHoechberg, HttpStatusCode.OK)]
    [InlineData(Personas.RegionAdmin, HttpStatusCode.OK)]
    [InlineData(Personas.StaffRimpar, HttpStatusCode.Forbidden)]
    [InlineData(Personas.ModeratorHoechberg, HttpStatusCode.Forbidden)]
    [InlineData(Personas.Resident, HttpStatusCode.Forbidden)]
    [InlineData(Personas.Anonymous, HttpStatusCode.Unauthorized)]
    public async Task only_the_events_organisers_may_write_its_outcomes(string persona, HttpStatusCode expected)
    {
        var id = await EventOfAsync(await Host.PublishedDateAsync(capacity: 5));
        using var client = persona == Personas.Anonymous ? Host.CreateBrowserClient() : await Personas.SignedInClientAsync(Host, persona);
        Host.Clock.Advance(TimeSpan.FromDays(11));

        using var response = await client.PutAsJsonAsync($"/api/events/events/{id}/outcome", Minutes);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK, await StoredTextAsync(id) is not null);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task a_clubs_members_write_the_outcomes_of_its_events_and_the_members_of_another_club_may_not()
    {
        var (member, club) = await DoorKit.ClubAsync(Host, "vorstand@beispiel.de", "Sportverein Höchberg");
        var (other, _) = await DoorKit.ClubAsync(Host, "chor@beispiel.de", "Gesangverein Höchberg");
        using var _1 = member;
        using var _2 = other;
        var id = await EventOfAsync(await DoorKit.ClubDateAsync(Host, club));
        Host.Clock.Advance(TimeSpan.FromDays(11));

        using var byOther = await other.PutAsJsonAsync($"/api/events/events/{id}/outcome", new { text = "Von einem anderen Verein." });
        using var byMember = await member.PutAsJsonAsync($"/api/events/events/{id}/outcome", Minutes);

        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byMember.StatusCode);
        Assert.StartsWith("Wir haben drei neue Bänke", await StoredTextAsync(id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task before_any_date_has_ended_the_outcomes_are_refused_with_409_and_nothing_is_stored()
    {
        var id = await EventOfAsync(await Host.PublishedDateAsync(capacity: 5));
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        // Ten days on the date has begun but not ended.
        Host.Clock.Advance(TimeSpan.FromDays(10).Add(TimeSpan.FromHours(1)));

        using var response = await staff.PutAsJsonAsync($"/api/events/events/{id}/outcome", Minutes);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("erst eintragen, wenn der erste Termin", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Null(await StoredTextAsync(id));
    }

    [Fact]
    public async Task a_draft_takes_no_outcomes_and_an_unknown_event_is_404()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var created = await staff.PostAsJsonAsync("/api/events/events", new
        {
            municipalityAgs = Personas.Hoechberg, title = "Lesung", description = "Eine Lesung.", mode = "in-person",
            placeId = await Host.PlaceAsync(Personas.Hoechberg), starts = "2026-12-10T19:00", durationMinutes = 90,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Host.Clock.Advance(TimeSpan.FromDays(10));

        using var onDraft = await staff.PutAsJsonAsync($"/api/events/events/{draft}/outcome", Minutes);
        using var unknown = await staff.PutAsJsonAsync($"/api/events/events/{Guid.NewGuid()}/outcome", Minutes);

        Assert.Equal(HttpStatusCode.Conflict, onDraft.StatusCode);
        Assert.Null(await StoredTextAsync(draft));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("", null, "Text")]
    [InlineData("   ", null, "Text")]
    [InlineData("Gute Ergebnisse.", "http://www.hoechberg.de/protokoll.pdf", "DocumentUrl")]
    [InlineData("Gute Ergebnisse.", "javascript:alert(1)", "DocumentUrl")]
    [InlineData("Gute Ergebnisse.", "protokoll.pdf", "DocumentUrl")]
    [InlineData("Gute\u0007Ergebnisse.", null, "Text")]
    public async Task bad_input_gives_problem_details_naming_the_field_and_stores_nothing(string text, string? url, string field)
    {
        var id = await EventOfAsync(await Host.PublishedDateAsync(capacity: 5));
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        Host.Clock.Advance(TimeSpan.FromDays(11));

        using var response = await staff.PutAsJsonAsync($"/api/events/events/{id}/outcome", new { text, documentUrl = url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Null(await StoredTextAsync(id));
    }

    [Fact]
    public async Task a_text_over_the_limit_is_refused_and_one_at_the_limit_is_taken()
    {
        var id = await EventOfAsync(await Host.PublishedDateAsync(capacity: 5));
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        Host.Clock.Advance(TimeSpan.FromDays(11));

        using var tooLong = await staff.PutAsJsonAsync($"/api/events/events/{id}/outcome", new { text = new string('a', 8_001) });
        var stored = await StoredTextAsync(id);
        using var atLimit = await staff.PutAsJsonAsync($"/api/events/events/{id}/outcome", new { text = new string('a', 8_000) });

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Null(stored);
        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
    }

    [Fact]
    public async Task the_events_json_shows_the_outcomes_with_when_they_were_published_and_changed()
    {
        var id = await EventOfAsync(await Host.PublishedDateAsync(capacity: 5));
        var slug = await SlugAsync(id);
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var before = await Client.GetFromJsonAsync<JsonElement>($"/api/events/events/{slug}");
        Host.Clock.Advance(TimeSpan.FromDays(11));
        var published = Host.Clock.GetUtcNow();
        (await staff.PutAsJsonAsync($"/api/events/events/{id}/outcome", Minutes)).EnsureSuccessStatusCode();
        Host.Clock.Advance(TimeSpan.FromDays(2));
        var changed = Host.Clock.GetUtcNow();

        using var again = await staff.PutAsJsonAsync($"/api/events/events/{id}/outcome", new { text = "Drei Bänke, und ein Brunnen kommt dazu." });
        var after = await Client.GetFromJsonAsync<JsonElement>($"/api/events/events/{slug}");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("outcome").ValueKind);
        var outcome = after.GetProperty("outcome");
        Assert.Equal("Drei Bänke, und ein Brunnen kommt dazu.", outcome.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, outcome.GetProperty("documentUrl").ValueKind);
        Assert.Equal(published, outcome.GetProperty("publishedAt").GetDateTimeOffset());
        Assert.Equal(changed, outcome.GetProperty("updatedAt").GetDateTimeOffset());
    }
}
