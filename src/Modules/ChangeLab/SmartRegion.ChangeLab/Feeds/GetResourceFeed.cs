using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.ChangeLab.Feeds;

/// <summary>
/// When one room, desk or device is taken, as a calendar for the holder of a feed address: the booked stretches from
/// today on, each only „Belegt“ — never who booked. The holder's own bookings say „Ihre Buchung“, which tells them
/// nothing about anyone else.
/// </summary>
internal static class GetResourceFeed
{
    public static async Task<string?> ExecuteAsync(
        string key, string slug, ChangeLabDb db, IPersonRoles roles, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken cancellationToken)
    {
        if (await BookingCalendar.HolderAsync(key, db, roles, cancellationToken) is not { } holder)
        {
            return null;
        }

        var resource = await db.Bookables.AsNoTracking().Where(b => b.Slug == slug).Select(b => new { b.Id, b.Name }).SingleOrDefaultAsync(cancellationToken);
        if (resource is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        // From a day back, so today's earlier bookings still show in the calendar.
        var from = now.AddDays(-1);
        // Only bookings that hold their slots: a cancelled one of a colleague is simply gone, no trace of it is given out.
        var rows = await db.Bookings.AsNoTracking()
            .Where(b => b.BookableId == resource.Id && b.EndsAt > from && (b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.Pending))
            .OrderBy(b => b.StartsAt).Take(BookingCalendar.MaxEntries)
            .Select(b => new { b.Id, b.StartsAt, b.EndsAt, Mine = b.PersonId == holder }).ToListAsync(cancellationToken);
        var entries = rows.Select(r => new BookingCalendar.Entry(
            $"slot-{r.Id:D}@changelab.smarte-region", r.Mine ? text["Feeds.Yours"] : text["Feeds.Taken"], "",
            text["Feeds.Location", resource.Name], r.StartsAt, r.EndsAt, Ical.Net.EventStatus.Confirmed));
        return BookingCalendar.Write(text["Feeds.ResourceName", resource.Name], entries, now);
    }

    public static void MapEndpoint(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/change-lab/kalender/{key}/plaetze/{slug}.ics", async Task<Results<FileContentHttpResult, NotFoundProblem>> (
                string key, string slug, HttpContext http, ChangeLabDb db, IPersonRoles roles, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
                await ExecuteAsync(key, slug, db, roles, time, text, ct) is { } ics
                    ? BookingCalendar.File(http, ics, $"change-lab-{slug}.ics")
                    : BookingCalendar.NotFound(http, text["Feeds.NotFound"]))
            .WithName("ChangeLabResourceFeed")
            .WithSummary("iCalendar feed of one resource's booked times for the holder of a feed address; each only marked as booked, never who booked.")
            .WithTags("ChangeLab")
            .AllowAnonymous();
}
