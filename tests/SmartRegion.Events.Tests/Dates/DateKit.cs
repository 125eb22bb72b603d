using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Calendar;

namespace SmartRegion.Events.Tests.Dates;

/// <summary>Shared steps of the date tests: the test event's date is ten days after the start (11.12.2026 10:00 in Berlin).</summary>
internal static class DateKit
{
    public static Task<Guid> EventOfAsync(this EventsHost host, Guid dateId) =>
        host.QueryAsync(db => db.Dates.Where(d => d.Id == dateId).Select(d => d.EventId).SingleAsync());

    public static Task<EventDate> DateAsync(this EventsHost host, Guid dateId) =>
        host.QueryAsync(db => db.Dates.AsNoTracking().SingleAsync(d => d.Id == dateId));

    public static async Task<string> RegisterAsync(HttpClient client, Guid dateId, string email, int seats = 1)
    {
        using var response = await client.PostAsJsonAsync($"/api/events/dates/{dateId}/registrations", new { seats, name = "Erika", email, consent = true });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public static Task<HttpResponseMessage> MoveAsync(HttpClient client, Guid eventId, Guid dateId, string starts, string ends, int? sequence = null) =>
        client.PutAsJsonAsync($"/api/events/events/{eventId}/dates/{dateId}", new { starts, ends, sequence });

    public static Task<HttpResponseMessage> AddAsync(HttpClient client, Guid eventId, string starts, string ends) =>
        client.PostAsJsonAsync($"/api/events/events/{eventId}/dates", new { starts, ends });

    public static Task<HttpResponseMessage> CancelAsync(HttpClient client, Guid eventId, Guid dateId, int? sequence = null) =>
        client.PostAsJsonAsync($"/api/events/events/{eventId}/dates/{dateId}/cancel", new { sequence });

    public static Task<List<string>> StatusesAsync(this EventsHost host, Guid dateId) =>
        host.QueryAsync(db => db.Registrations.Where(r => r.DateId == dateId).OrderBy(r => r.Arrival).Select(r => r.Status).ToListAsync());
}
