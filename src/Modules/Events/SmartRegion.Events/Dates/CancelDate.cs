using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Contracts;
using SmartRegion.Events.Registrations;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.Dates;

/// <summary>
/// An organiser cancels one date; the event's other dates stay. The date shows as cancelled and takes no more
/// registrations; everyone registered or waiting for it gets a mail with the calendar entry's cancellation. Under the
/// date's lock, so whoever registered before is told and nobody can register after.
/// </summary>
internal static class CancelDate
{
    public static async Task<Outcome<DateResponse>> ExecuteAsync(
        Guid id, Guid dateId, int? sequence, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, TimeProvider time,
        IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        var (item, refusal) = await DateRules.OrganiserAsync(id, person, organisations, db, text, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!await db.Dates.AnyAsync(d => d.Id == dateId && d.EventId == id, cancellationToken))
        {
            return Outcome<DateResponse>.NotFound(text["Dates.NotFound"]);
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SeatLedger.LockAsync(db, dateId, cancellationToken);
        var date = await db.Dates.SingleAsync(d => d.Id == dateId, cancellationToken);
        if (DateRules.Refusal(date, sequence, now) is { } key)
        {
            return Outcome<DateResponse>.Conflict(text[key]);
        }

        date.Cancel(now);
        var told = await DateRules.TellAsync(db, date, RegistrationChanged.DateCancelled, now, cancellationToken);
        db.Publish(new EventChanged(id), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("events.date.cancelled", "event", id.ToString(), item!.MunicipalityAgs), cancellationToken);
        return Outcome<DateResponse>.Ok(DateRules.ToResponse(date, told));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/events/{id:guid}/dates/{dateId:guid}/cancel", async Task<Results<Ok<DateResponse>, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, Guid dateId, CancelDateRequest? request, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit,
                TimeProvider time, IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, dateId, request?.Sequence, person, organisations, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("CancelEventDate")
            .WithSummary("Cancels one date of an event; the other dates stay. Everyone registered or waiting for it is mailed the cancellation (iCalendar METHOD:CANCEL). The body ({\"sequence\": n}) is optional. 409 for a cancelled event or date, a date that has begun, or a stale sequence.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
