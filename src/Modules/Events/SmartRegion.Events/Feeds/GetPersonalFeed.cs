using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Registrations;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts.Mail;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Security;

namespace SmartRegion.Events.Feeds;

/// <summary>
/// The person's own dates as iCalendar, fetched by a calendar program with the secret address alone (no cookie). A
/// confirmed seat is CONFIRMED; a place on the waiting list or an offered seat is TENTATIVE with the state before the
/// title, so the date is in view without looking certain; cancelled registrations are left out, a cancelled event is
/// CANCELLED. Same window as the public feeds: the last 30 days and everything later.
/// </summary>
internal static class GetPersonalFeed
{
    public static async Task<string?> ExecuteAsync(
        string token, EventsDb db, IPublicOrigin origin, TimeProvider time, IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        if (!SecretKey.IsWellFormed(token))
        {
            return null;
        }

        var hash = SecretKey.Hash(token);
        var person = await db.PersonalFeeds.AsNoTracking().Where(f => f.TokenHash == hash).Select(f => (Guid?)f.PersonId).SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var from = now.AddDays(-30);
        var rows = await db.Registrations.AsNoTracking()
            .Where(r => r.PersonId == person && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Offered || r.Status == RegistrationStatus.Waiting))
            .Join(db.Dates, r => r.DateId, d => d.Id, (r, d) => new { r.Status, Date = d })
            .Join(db.Events, x => x.Date.EventId, e => e.Id, (x, e) => new { x.Status, x.Date, Event = e })
            .Where(x => x.Date.StartsAt >= from && x.Event.Status != EventStatus.Draft)
            .OrderBy(x => x.Date.StartsAt).Take(GetFeed.MaxDates)
            .Select(x => new { x.Date.Id, x.Event.Title, x.Event.Description, x.Event.Slug, x.Date.StartsAt, x.Date.EndsAt, EventStatus = x.Date.CancelledAt != null ? EventStatus.Cancelled : x.Event.Status, x.Event.PlaceId, x.Status, x.Date.Sequence })
            .ToListAsync(cancellationToken);
        var placeIds = rows.Where(r => r.PlaceId is not null).Select(r => r.PlaceId!.Value).Distinct().ToList();
        var places = await db.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name + ", " + p.Address, cancellationToken);
        var entries = rows.Select(r => new ICalendarWriter.Entry(r.Id,
            r.Status == RegistrationStatus.Confirmed ? r.Title : text["MyFeed.Entry." + r.Status, r.Title], r.Description, r.Slug, r.StartsAt, r.EndsAt,
            r.EventStatus, r.PlaceId is { } place ? places.GetValueOrDefault(place) : null, Tentative: r.Status != RegistrationStatus.Confirmed, Sequence: r.Sequence));
        return ICalendarWriter.Write(text["MyFeed.CalendarName"], entries, now, origin.Link);
    }

    public static void MapEndpoint(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/veranstaltungen/kalender/persoenlich/{token}.ics", async Task<Results<FileContentHttpResult, NotFoundProblem>> (
                string token, HttpContext http, EventsDb db, IPublicOrigin origin, TimeProvider time, IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                // Personal data behind a secret address: no browser or proxy keeps a copy, found or not.
                http.Response.Headers.CacheControl = "private, no-store";
                var ics = await ExecuteAsync(token, db, origin, time, text, ct);
                // One answer for never made, replaced, deleted and malformed, so a guess learns nothing.
                return ics is null
                    ? new NotFoundProblem(text["MyFeed.Unknown"])
                    : TypedResults.File(Encoding.UTF8.GetBytes(ics), ICalendarWriter.ContentType, "meine-veranstaltungen.ics");
            })
            .WithName("MyEventFeed")
            .WithSummary("iCalendar feed of one person's registrations, by the secret address from their calendar page; 404 for any unknown address.")
            .WithTags("Events").AllowAnonymous();
}
