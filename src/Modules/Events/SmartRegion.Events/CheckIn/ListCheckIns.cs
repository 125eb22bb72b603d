using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Registrations;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.CheckIn;

/// <summary>
/// The door list of one date: the confirmed registrations in arrival order with name, group size and access needs, who
/// is checked in, and how many. For the event's organisers; every read is audited like the registrations list.
/// </summary>
internal static class ListCheckIns
{
    internal sealed record Item(Guid Id, string Name, int Seats, string Needs, DateTimeOffset? CheckedInAt);

    internal sealed record DateChoice(Guid Id, DateTimeOffset Starts);

    internal sealed record Response(
        Guid EventId, string Title, Guid DateId, DateTimeOffset Starts, IReadOnlyList<DateChoice> Dates, int Confirmed, int CheckedIn, int People, int PeopleCheckedIn,
        IReadOnlyList<Item> Items);

    /// <summary>The list of <paramref name="dateId"/>, or without one of the event's next date (the last one once all are over).</summary>
    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid eventId, Guid? dateId, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, TimeProvider time,
        IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var item = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (item is null)
        {
            return Outcome<Response>.NotFound(text["Event.NotFound"]);
        }

        if (!await person.CanOrganiseAsync(item, organisations, cancellationToken))
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        var dates = await db.Dates.AsNoTracking().Where(d => d.EventId == eventId).OrderBy(d => d.StartsAt).Select(d => new { d.Id, d.StartsAt, d.EndsAt }).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var date = dateId is { } wanted ? dates.Find(d => d.Id == wanted) : dates.Find(d => d.EndsAt >= now) ?? dates.LastOrDefault();
        if (date is null)
        {
            return Outcome<Response>.NotFound(text["CheckIn.NoDate"]);
        }

        var items = await db.Registrations.AsNoTracking().Where(r => r.DateId == date.Id && r.Status == RegistrationStatus.Confirmed)
            .OrderBy(r => r.Arrival)
            .Select(r => new Item(r.Id, r.Name, r.Seats, r.Needs, r.CheckedInAt))
            .ToListAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("registrations.read", "event", eventId.ToString(), item.MunicipalityAgs,
            "check-in date=" + date.Id.ToString() + " entries=" + items.Count.ToString(CultureInfo.InvariantCulture)), cancellationToken);
        var checkedIn = items.Where(i => i.CheckedInAt is not null).ToList();
        return Outcome<Response>.Ok(new Response(eventId, item.Title, date.Id, date.StartsAt, [.. dates.Select(d => new DateChoice(d.Id, d.StartsAt))],
            items.Count, checkedIn.Count, items.Sum(i => i.Seats), checkedIn.Sum(i => i.Seats), items));
    }

    public static void MapEndpoint(RouteGroupBuilder group)
    {
        group.MapGet("/dates/{id:guid}/check-ins", async Task<Results<Ok<Response>, ForbiddenProblem, NotFoundProblem>> (
                Guid id, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, TimeProvider time, IStringLocalizer<EventsText> text,
                CancellationToken ct) =>
            {
                var eventId = await db.Dates.Where(d => d.Id == id).Select(d => (Guid?)d.EventId).SingleOrDefaultAsync(ct);
                var outcome = eventId is { } e
                    ? await ExecuteAsync(e, id, person, organisations, db, audit, time, text, ct)
                    : Outcome<Response>.NotFound(text["CheckIn.NoDate"]);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("ListEventCheckIns")
            .WithSummary("The door list of a date: confirmed registrations with group size, access needs and check-in time, and the counts; for the event's organisers.")
            .RequireAuthorization(HubPolicies.SignedIn);
    }
}
