using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Calendar;
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
/// An organiser moves one date of an event (of a series too: that date alone then differs from the rest). The
/// registrations stay bound to the date, with their seats and places in line; everyone registered or waiting gets a
/// mail with the new time and the updated calendar entry. The date's row is locked while it changes, as for every
/// seat change, so a registration in the same moment is judged by the new time or the old one, never a mix.
/// </summary>
internal static class MoveDate
{
    public static async Task<Outcome<DateResponse>> ExecuteAsync(
        Guid id, Guid dateId, DateRequest request, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, TimeProvider time,
        IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (item, refusal) = await DateRules.OrganiserAsync(id, person, organisations, db, text, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var dates = await db.Dates.AsNoTracking().Where(d => d.EventId == id).ToListAsync(cancellationToken);
        if (dates.SingleOrDefault(d => d.Id == dateId) is not { } date)
        {
            return Outcome<DateResponse>.NotFound(text["Dates.NotFound"]);
        }

        var now = time.GetUtcNow();
        if (DateRules.Refusal(date, request.Sequence, now) is { } key)
        {
            return Outcome<DateResponse>.Conflict(text[key]);
        }

        var errors = new ValidationErrors();
        if (DateRules.Times(request, dates.Where(d => d.Id != dateId), now, errors, text) is not var (starts, ends))
        {
            return Outcome<DateResponse>.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SeatLedger.LockAsync(db, dateId, cancellationToken);
        var locked = await db.Dates.SingleAsync(d => d.Id == dateId, cancellationToken);
        // Read again under the lock: another organiser may have moved or cancelled it a moment ago.
        if (DateRules.Refusal(locked, request.Sequence ?? date.Sequence, now) is { } late)
        {
            return Outcome<DateResponse>.Conflict(text[late]);
        }

        locked.Move(starts, ends);
        var told = await DateRules.TellAsync(db, locked, RegistrationChanged.DateMoved, now, cancellationToken);
        db.Publish(new EventChanged(id), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("events.date.moved", "event", id.ToString(), item!.MunicipalityAgs), cancellationToken);
        return Outcome<DateResponse>.Ok(DateRules.ToResponse(locked, told));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPut("/events/{id:guid}/dates/{dateId:guid}", async Task<Results<Ok<DateResponse>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, Guid dateId, DateRequest request, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, TimeProvider time,
                IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, dateId, request, person, organisations, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("MoveEventDate")
            .WithSummary("Moves one date of an event (start and end in Europe/Berlin); registrations stay and everyone registered or waiting is mailed the new time with the updated calendar entry. 409 for a cancelled event or date, a date that has begun, or a stale sequence.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
