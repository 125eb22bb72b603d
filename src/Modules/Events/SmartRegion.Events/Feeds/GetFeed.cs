using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts.Mail;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.Feeds;

/// <summary>
/// Public iCalendar feeds to subscribe to: the whole region, one municipality, one organiser. They carry the dates of
/// the last 30 days and all later ones (at most <see cref="MaxDates"/>), so a subscribed calendar also shows recent
/// cancellations.
/// </summary>
internal static class GetFeed
{
    public const int MaxDates = 2_000;

    public static async Task<string> ExecuteAsync(
        string name, ListEvents.Query query, EventsDb db, IPublicOrigin origin, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = await ListEvents.Filter(query, db, now.AddDays(-30)).OrderBy(x => x.Date.StartsAt).Take(MaxDates)
            .Select(x => new { x.Date.Id, x.Event.Title, x.Event.Description, x.Event.Slug, x.Date.StartsAt, x.Date.EndsAt, x.Event.Status, x.Event.PlaceId, x.Date.Sequence, x.Date.CancelledAt })
            .ToListAsync(cancellationToken);
        var placeIds = rows.Where(r => r.PlaceId is not null).Select(r => r.PlaceId!.Value).Distinct().ToList();
        var places = await db.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name + ", " + p.Address, cancellationToken);
        var entries = rows.Select(r => new ICalendarWriter.Entry(r.Id, r.Title, r.Description, r.Slug, r.StartsAt, r.EndsAt, r.CancelledAt is null ? r.Status : EventStatus.Cancelled,
            r.PlaceId is { } place ? places.GetValueOrDefault(place) : null, Sequence: r.Sequence));
        return ICalendarWriter.Write(name, entries, now, origin.Link);
    }

    private static ListEvents.Query Query(string? municipality = null, Guid? organisation = null) => new(municipality, null, null, null, false, null, organisation, 1);

    private static FileContentHttpResult File(string text, string fileName) => TypedResults.File(Encoding.UTF8.GetBytes(text), ICalendarWriter.ContentType, fileName);

    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/veranstaltungen/kalender.ics", async (EventsDb db, IPublicOrigin origin, TimeProvider time, IStringLocalizer<EventsText> text, CancellationToken ct) =>
                File(await ExecuteAsync(text["Feeds.Region"], Query(), db, origin, time, ct), "veranstaltungen.ics"))
            .WithName("EventFeedRegion").WithSummary("iCalendar feed of all public events of the region.").WithTags("Events").AllowAnonymous();
        endpoints.MapGet("/veranstaltungen/kalender/{ags}.ics", async Task<Results<FileContentHttpResult, NotFoundProblem>> (
                string ags, IMunicipalityDirectory municipalities, EventsDb db, IPublicOrigin origin, TimeProvider time, IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                var municipality = Ags.IsWellFormed(ags) ? await municipalities.FindAsync(ags, ct) : null;
                return municipality is null
                    ? new NotFoundProblem(text["Field.Municipality.Unknown"])
                    : File(await ExecuteAsync(text["Feeds.Municipality", municipality.Name], Query(municipality: ags), db, origin, time, ct), $"veranstaltungen-{ags}.ics");
            })
            .WithName("EventFeedMunicipality").WithSummary("iCalendar feed of the public events of one municipality (AGS).").WithTags("Events").AllowAnonymous();
        endpoints.MapGet("/veranstaltungen/veranstalter/{organisation:guid}.ics", async Task<Results<FileContentHttpResult, NotFoundProblem>> (
                Guid organisation, IOrganisationDirectory organisations, EventsDb db, IPublicOrigin origin, TimeProvider time, IStringLocalizer<EventsText> text,
                CancellationToken ct) =>
            {
                var found = await organisations.FindAsync(new OrganisationId(organisation), ct);
                return found is null
                    ? new NotFoundProblem(text["Feeds.UnknownOrganiser"])
                    : File(await ExecuteAsync(found.Name, Query(organisation: organisation), db, origin, time, ct), $"veranstalter-{organisation}.ics");
            })
            .WithName("EventFeedOrganiser").WithSummary("iCalendar feed of the public events of one organising organisation.").WithTags("Events").AllowAnonymous();
    }
}
