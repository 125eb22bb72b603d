using System.Globalization;
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

namespace SmartRegion.Events.Lottery;

/// <summary>
/// The organisers choose how the seats are given out: first come, first served (the default) or a lottery, with the
/// time of the draw if it should come before registration closes. The way can change only while nobody has registered;
/// the draw time until the draw.
/// </summary>
internal static class ChooseAllocation
{
    /// <summary>The API's body and the page's form alike.</summary>
    internal sealed class Request
    {
        /// <summary><c>first-come</c> or <c>lottery</c>.</summary>
        public string? Mode { get; set; }

        /// <summary>The draw's time in Europe/Berlin, e.g. <c>2027-03-01T12:00</c>; empty to draw when registration closes.</summary>
        public string? DrawAt { get; set; }
    }

    internal sealed record Response(Guid EventId, string Mode, DateTimeOffset? DrawAt);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid id, Request request, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, TimeProvider time,
        IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
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

        if (!item.TakesRegistrations)
        {
            return Outcome<Response>.Conflict(text["Quotas.NoRegistration"]);
        }

        var now = time.GetUtcNow();
        var mode = request?.Mode?.Trim() ?? "";
        var drawText = request?.DrawAt?.Trim() ?? "";
        DateTimeOffset? drawAt = null;
        var errors = new ValidationErrors();
        errors.AddIf(!Allocations.All.Contains(mode), nameof(Request.Mode), text["Field.Allocation.Invalid"]);
        if (drawText.Length > 0)
        {
            if (DateTime.TryParseExact(drawText, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                drawAt = Recurrence.ToUtc(local);
                errors.AddIf(drawAt <= now, nameof(Request.DrawAt), text["Field.DrawAt.Past"]);
            }
            else
            {
                errors.Add(nameof(Request.DrawAt), text["Field.DrawAt.Invalid"]);
            }
        }

        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        if (mode != item.Allocation)
        {
            var registered = await db.Registrations.AnyAsync(r => r.EventId == id, cancellationToken);
            if (registered || await db.Dates.AnyAsync(d => d.EventId == id && d.DrawnAt != null, cancellationToken))
            {
                return Outcome<Response>.Conflict(text["Allocation.RegistrationsExist"]);
            }
        }

        item.ChooseAllocation(mode, drawAt, now);
        db.Publish(new EventChanged(id), now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("events.allocation.updated", "event", id.ToString(), item.MunicipalityAgs, "mode=" + mode), cancellationToken);
        return Outcome<Response>.Ok(new Response(id, item.Allocation, item.DrawAt));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPut("/events/{id:guid}/allocation", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, Request request, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, TimeProvider time,
                IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, request, person, organisations, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("ChooseEventAllocation")
            .WithSummary("How the seats are given out: mode first-come (default) or lottery, with drawAt (Europe/Berlin) to draw before registration closes; the mode only while nobody has registered.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
