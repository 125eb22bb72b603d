using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Contracts;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.Calendar;

/// <summary>
/// An organiser changes an event's text, place, mode, fee and seats. The dates stay as they are, because people
/// registered for them; seats cannot go below what is already taken on any date.
/// </summary>
internal static class UpdateEvent
{
    internal sealed record Response(Guid Id, string Slug);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid id, EventInput request, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, TimeProvider time,
        IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        var item = await db.Events.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (item is null)
        {
            return Outcome<Response>.NotFound(text["Event.NotFound"]);
        }

        if (!await person.CanOrganiseAsync(item, organisations, cancellationToken))
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        // The dates are not changed here; the first date fills the fields the form needs for validation.
        var first = await db.Dates.Where(d => d.EventId == id).OrderBy(d => d.StartsAt).Select(d => new { d.StartsAt, d.EndsAt }).FirstAsync(cancellationToken);
        request.Starts ??= Recurrence.ToLocal(first.StartsAt);
        request.DurationMinutes ??= (int)(first.EndsAt - first.StartsAt).TotalMinutes;
        var errors = new ValidationErrors();
        var fields = request.Validate(errors, text);
        if (fields?.PlaceId is { } place)
        {
            errors.AddIf(!await db.Places.AnyAsync(p => p.Id == place && p.MunicipalityAgs == item.MunicipalityAgs, cancellationToken), nameof(EventInput.PlaceId), text["Field.Place.Unknown"]);
        }

        if (fields is { Capacity: { } capacity })
        {
            var taken = await db.Registrations.Where(r => r.EventId == id && (r.Status == Registrations.RegistrationStatus.Confirmed || r.Status == Registrations.RegistrationStatus.Offered))
                .GroupBy(r => r.DateId).Select(g => g.Sum(r => r.Seats)).ToListAsync(cancellationToken);
            errors.AddIf(taken.Count > 0 && taken.Max() > capacity, nameof(EventInput.Capacity), text["Field.Capacity.BelowTaken", taken.DefaultIfEmpty(0).Max()]);
        }

        if (fields is not null)
        {
            // The quotas share the seats of each date: the seats cannot go below their sum, nor away while there are quotas.
            var quotas = await db.Quotas.Where(q => q.EventId == id).SumAsync(q => (int?)q.Seats, cancellationToken);
            errors.AddIf(quotas is { } sum && (fields.Capacity ?? 0) < sum, nameof(EventInput.Capacity), text["Field.Capacity.BelowQuotas", quotas ?? 0]);
        }

        if (fields is null || !errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var now = time.GetUtcNow();
        item.Change(fields, now);
        db.Publish(new EventChanged(item.Id), now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("events.updated", "event", item.Id.ToString(), item.MunicipalityAgs), cancellationToken);
        return Outcome<Response>.Ok(new Response(item.Id, item.Slug));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPut("/events/{id:guid}", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem>> (
                Guid id, EventInput request, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, TimeProvider time,
                IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, request, person, organisations, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("UpdateEvent")
            .WithSummary("Changes an event's text, place, mode, fee and seats (not its dates); seats cannot go below those taken.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
