using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.ChangeLab.Feeds;

/// <summary>
/// The person's own bookings as a calendar to subscribe to, at their secret address: from 30 days back on, with the
/// resource, the place and the state. Calendar programs fetch it without a session; the key in the address is the proof.
/// </summary>
internal static class GetPersonalFeed
{
    public static async Task<string?> ExecuteAsync(string key, ChangeLabDb db, IPersonRoles roles, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken cancellationToken)
    {
        if (await BookingCalendar.HolderAsync(key, db, roles, cancellationToken) is not { } person)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var since = now - BookingCalendar.Past;
        var rows = await db.Bookings.AsNoTracking().Where(b => b.PersonId == person && b.EndsAt > since)
            .Join(db.Bookables, b => b.BookableId, r => r.Id, (b, r) => new { b.Id, b.StartsAt, b.EndsAt, b.Status, r.Name })
            .OrderBy(x => x.StartsAt).Take(BookingCalendar.MaxEntries).ToListAsync(cancellationToken);
        var entries = rows.Select(r => new BookingCalendar.Entry(
            $"booking-{r.Id:D}@changelab.smarte-region", text["Feeds.OwnSummary", r.Name], text["Feeds.OwnDescription", text["Status." + r.Status]],
            text["Feeds.Location", r.Name], r.StartsAt, r.EndsAt, BookingCalendar.StatusOf(r.Status)));
        return BookingCalendar.Write(text["Feeds.OwnName"], entries, now);
    }

    public static void MapEndpoint(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/change-lab/kalender/{key}.ics", async Task<Results<FileContentHttpResult, NotFoundProblem>> (
                string key, HttpContext http, ChangeLabDb db, IPersonRoles roles, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
                await ExecuteAsync(key, db, roles, time, text, ct) is { } ics
                    ? BookingCalendar.File(http, ics, "change-lab-buchungen.ics")
                    : BookingCalendar.NotFound(http, text["Feeds.NotFound"]))
            .WithName("ChangeLabPersonalFeed")
            .WithSummary("iCalendar feed of one person's Change Lab bookings at their secret address; cancelled ones as STATUS:CANCELLED.")
            .WithTags("ChangeLab")
            .AllowAnonymous();
}
