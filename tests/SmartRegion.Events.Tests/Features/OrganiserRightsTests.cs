using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Calendar;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.Features;

/// <summary>
/// Clubs and providers run their own events: the members of the organising Hub organisation may create, publish and
/// cancel them without any staff role; nobody else may, and the organisation's events stay in its home municipality.
/// </summary>
public sealed class OrganiserRightsTests(EventsHost host) : EventsTest(host)
{
    private async Task<object> NewEventAsync(string ags, Guid? organisation) => new
    {
        municipalityAgs = ags,
        organisationId = organisation,
        title = "Offener Vereinsabend",
        description = "Der Sportverein stellt sich vor.",
        topic = "training",
        mode = "in-person",
        placeId = await Host.PlaceAsync(ags),
        cost = 0,
        capacity = 30,
        starts = "2027-04-14T19:00",
        durationMinutes = 90,
    };

    /// <summary>A resident founds a club of Höchberg through the Hub's API and so becomes its first member.</summary>
    private static async Task<Guid> FoundClubAsync(HttpClient founder)
    {
        var response = await founder.PostAsJsonAsync("/api/hub/organizations", new { name = "Sportverein Höchberg", kind = "club", municipalityAgs = Personas.Hoechberg });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<HttpClient> ResidentAsync(string email)
    {
        await People.CreateAsync(Host, email);
        var client = Host.CreateBrowserClient();
        await People.SignInSucceedsAsync(client, email);
        return client;
    }

    [Fact]
    public async Task a_member_of_the_organising_club_may_create_publish_and_cancel_its_event_and_an_outsider_may_not()
    {
        using var member = await ResidentAsync("vorstand@beispiel.de");
        using var outsider = await ResidentAsync("nachbar@beispiel.de");
        var club = await FoundClubAsync(member);
        var before = await Host.QueryAsync(db => db.Events.CountAsync());

        var byOutsider = await outsider.PostAsJsonAsync("/api/events/events", await NewEventAsync(Personas.Hoechberg, club));
        var created = await member.PostAsJsonAsync("/api/events/events", await NewEventAsync(Personas.Hoechberg, club));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var publishedByOutsider = await outsider.PostAsync(new Uri($"/api/events/events/{id}/publish", UriKind.Relative), null);
        var published = await member.PostAsync(new Uri($"/api/events/events/{id}/publish", UriKind.Relative), null);
        var cancelledByOutsider = await outsider.PostAsJsonAsync($"/api/events/events/{id}/cancel", new { reason = "Abgesagt." });
        var cancelled = await member.PostAsJsonAsync($"/api/events/events/{id}/cancel", new { reason = "Die Halle ist gesperrt." });

        Assert.Equal(HttpStatusCode.Forbidden, byOutsider.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publishedByOutsider.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, cancelledByOutsider.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(before + 1, await Host.QueryAsync(db => db.Events.CountAsync()));
        var stored = await Host.QueryAsync(db => db.Events.SingleAsync(e => e.Id == id));
        Assert.Equal(club, stored.OrganisationId);
        Assert.Equal(EventStatus.Cancelled, stored.Status);
    }

    [Fact]
    public async Task membership_gives_no_right_to_events_without_the_club_nor_outside_its_municipality()
    {
        using var member = await ResidentAsync("kassenwart@beispiel.de");
        var club = await FoundClubAsync(member);
        var before = await Host.QueryAsync(db => db.Events.CountAsync());

        var withoutClub = await member.PostAsJsonAsync("/api/events/events", await NewEventAsync(Personas.Hoechberg, null));
        var elsewhere = await member.PostAsJsonAsync("/api/events/events", await NewEventAsync(Personas.Rimpar, club));
        var municipalEvent = await Host.QueryAsync(db => db.Events.Where(e => e.MunicipalityAgs == Personas.Hoechberg && e.OrganisationId == null).Select(e => e.Id).FirstAsync());
        var cancelMunicipal = await member.PostAsJsonAsync($"/api/events/events/{municipalEvent}/cancel", new { reason = "Abgesagt." });

        Assert.Equal(HttpStatusCode.Forbidden, withoutClub.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.True((await elsewhere.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("OrganisationId", out _));
        Assert.Equal(HttpStatusCode.Forbidden, cancelMunicipal.StatusCode);
        Assert.Equal(before, await Host.QueryAsync(db => db.Events.CountAsync()));
    }
}
