using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests.CheckIn;

/// <summary>What the check-in and certificate tests share: registrations through the public API, clubs through the Hub's.</summary>
internal static class DoorKit
{
    internal sealed record Registered(Guid Id, string Status, string Token);

    public static async Task<Registered> RegisterAsync(HttpClient client, Guid date, string email, string name = "Erika Muster", int seats = 1, string[]? needs = null)
    {
        var response = await client.PostAsJsonAsync($"/api/events/dates/{date}/registrations",
            new { seats, name, email, needs = needs ?? ["step-free"], consent = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Registered(json.GetProperty("id").GetGuid(), json.GetProperty("status").GetString()!, json.GetProperty("token").GetString()!);
    }

    public static Task<HttpResponseMessage> CheckInAsync(HttpClient client, Guid registration) =>
        client.PostAsync(new Uri($"/api/events/registrations/{registration}/check-in", UriKind.Relative), null);

    public static Task<DateTimeOffset?> CheckedInAtAsync(EventsHost host, Guid registration) =>
        host.QueryAsync(db => db.Registrations.Where(r => r.Id == registration).Select(r => r.CheckedInAt).SingleAsync());

    public static Task<Guid> EventOfAsync(EventsHost host, Guid date) => host.QueryAsync(db => db.Dates.Where(d => d.Id == date).Select(d => d.EventId).SingleAsync());

    /// <summary>A resident who founds a club of Höchberg through the Hub's API and so becomes its first member.</summary>
    public static async Task<(HttpClient Member, Guid Club)> ClubAsync(EventsHost host, string email, string name)
    {
        await People.CreateAsync(host, email);
        var client = host.CreateBrowserClient();
        await People.SignInSucceedsAsync(client, email);
        var response = await client.PostAsJsonAsync("/api/hub/organizations", new { name, kind = "club", municipalityAgs = Personas.Hoechberg });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (client, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    /// <summary>A published event of Höchberg run by the club, with one date ten days on; returns the date's id.</summary>
    public static Task<Guid> ClubDateAsync(EventsHost host, Guid club) => host.QueryAsync(async db =>
    {
        var place = await db.Places.Where(p => p.MunicipalityAgs == DemoEventsSeeder.Hoechberg).Select(p => p.Id).FirstAsync();
        var now = host.Clock.GetUtcNow();
        var item = Event.Create("verein-" + Guid.NewGuid().ToString("N"), DemoEventsSeeder.Hoechberg, club,
            new EventFields("Vereinsabend", "Ein Abend im Verein.", null, null, Topics.Community, AttendanceModes.InPerson, place, null, 0, 20, 0), false, now);
        item.Publish(now);
        var date = EventDate.Create(item.Id, now.AddDays(10), now.AddDays(10).AddHours(2));
        db.Events.Add(item);
        db.Dates.Add(date);
        await db.SaveChangesAsync();
        return date.Id;
    });

    public static string PathOf(HttpResponseMessage redirect) =>
        redirect.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : redirect.Headers.Location?.OriginalString ?? "";
}
