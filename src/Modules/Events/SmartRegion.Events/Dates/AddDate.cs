using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Contracts;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.Dates;

/// <summary>
/// An organiser adds a date to an event. It has the event's seats (and its quotas) like every other date; an event has
/// at most as many dates as a series may (<see cref="Recurrence.MaxDates"/>).
/// </summary>
internal static class AddDate
{
    public static async Task<Outcome<DateResponse>> ExecuteAsync(
        Guid id, DateRequest request, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, TimeProvider time,
        IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (item, refusal) = await DateRules.OrganiserAsync(id, person, organisations, db, text, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var dates = await db.Dates.AsNoTracking().Where(d => d.EventId == id).ToListAsync(cancellationToken);
        if (dates.Count >= Recurrence.MaxDates)
        {
            return Outcome<DateResponse>.Conflict(text["Dates.TooMany", Recurrence.MaxDates]);
        }

        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        if (DateRules.Times(request, dates, now, errors, text) is not var (starts, ends))
        {
            return Outcome<DateResponse>.Invalid(errors);
        }

        var date = EventDate.Create(id, starts, ends);
        db.Dates.Add(date);
        db.Publish(new EventChanged(id), now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("events.date.added", "event", id.ToString(), item!.MunicipalityAgs), cancellationToken);
        return Outcome<DateResponse>.Ok(DateRules.ToResponse(date, 0));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/events/{id:guid}/dates", async Task<Results<Created<DateResponse>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, DateRequest request, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, TimeProvider time,
                IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, request, person, organisations, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/events/events/{id}", outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("AddEventDate")
            .WithSummary("Adds a date to an event (start and end in Europe/Berlin) with the event's seats and quotas. 409 for a cancelled event or one that has as many dates as a series may.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
