using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Contracts;
using SmartRegion.Events.Dates;
using SmartRegion.Events.Registrations;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.Calendar;

/// <summary>
/// An organiser publishes a draft, or cancels an event with a reason people see; everyone registered or waiting for a date
/// still to come is told by mail, with the calendar entry's cancellation.
/// </summary>
internal static class ChangeEventStatus
{
    internal sealed record CancelRequest(string? Reason);

    internal sealed record Response(Guid Id, string Status);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid id, string target, string? reason, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, TimeProvider time,
        IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var why = reason?.Trim() ?? "";
        if (target == EventStatus.Cancelled && (why.Length is 0 or > Event.MaxShort))
        {
            return Outcome<Response>.Invalid(new ValidationErrors().Add(nameof(CancelRequest.Reason), text["Field.CancelReason.Invalid", Event.MaxShort]));
        }

        var item = await db.Events.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (item is null)
        {
            return Outcome<Response>.NotFound(text["Event.NotFound"]);
        }

        if (!await person.CanOrganiseAsync(item, organisations, cancellationToken))
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A cancellation takes the lock of every date still to come, as a registration does: whoever registered before is
        // told, and a registration waiting for the lock finds the event cancelled.
        var coming = target == EventStatus.Cancelled
            ? await db.Dates.Where(d => d.EventId == id && d.CancelledAt == null && d.StartsAt > now).OrderBy(d => d.Id).ToListAsync(cancellationToken)
            : [];
        foreach (var date in coming)
        {
            await SeatLedger.LockAsync(db, date.Id, cancellationToken);
        }

        var changed = target == EventStatus.Published ? item.Publish(now) : item.Cancel(why, now);
        if (!changed)
        {
            return Outcome<Response>.Conflict(text[target == EventStatus.Published ? "Event.NotDraft" : "Event.AlreadyCancelled"]);
        }

        foreach (var date in coming)
        {
            await DateRules.TellAsync(db, date, RegistrationChanged.EventCancelled, now, cancellationToken);
        }

        db.Publish(new EventChanged(item.Id), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("events." + target, "event", item.Id.ToString(), item.MunicipalityAgs), cancellationToken);
        return Outcome<Response>.Ok(new Response(item.Id, item.Status));
    }

    public static void MapEndpoint(RouteGroupBuilder group)
    {
        group.MapPost("/events/{id:guid}/publish", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, TimeProvider time,
                IStringLocalizer<EventsText> text, CancellationToken ct) =>
                ToResult(await ExecuteAsync(id, EventStatus.Published, null, person, organisations, db, audit, time, text, ct)))
            .WithName("PublishEvent")
            .WithSummary("Publishes a draft event; 409 when it is not a draft.")
            .RequireAuthorization(HubPolicies.SignedIn);
        group.MapPost("/events/{id:guid}/cancel", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, CancelRequest request, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, TimeProvider time,
                IStringLocalizer<EventsText> text, CancellationToken ct) =>
                ToResult(await ExecuteAsync(id, EventStatus.Cancelled, request?.Reason, person, organisations, db, audit, time, text, ct)))
            .WithName("CancelEvent")
            .WithSummary("Cancels an event with a reason that the public page shows; 409 when it is cancelled already.")
            .RequireAuthorization(HubPolicies.SignedIn);
    }

    private static Results<Ok<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem> ToResult(Outcome<Response> outcome) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
        OutcomeKind.Invalid => outcome.ToValidationProblem(),
        OutcomeKind.Forbidden => outcome.ToForbidden(),
        OutcomeKind.NotFound => outcome.ToNotFound(),
        _ => outcome.ToConflict(),
    };
}
