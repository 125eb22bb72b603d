using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.Lottery;

/// <summary>The organisers draw their event's lottery now, before its time: every date not drawn yet, each once (<see cref="LotteryDraw"/>).</summary>
internal static class DrawNow
{
    internal sealed record Response(Guid EventId, int Dates, int Entrants);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid id, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, TimeProvider time, IStringLocalizer<EventsText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var item = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (item is null)
        {
            return Outcome<Response>.NotFound(text["Event.NotFound"]);
        }

        if (!await person.CanOrganiseAsync(item, organisations, cancellationToken))
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        if (!item.IsLottery || item.Status != EventStatus.Published)
        {
            return Outcome<Response>.Conflict(text[item.IsLottery ? "Draw.NotPublished" : "Draw.NotLottery"]);
        }

        var now = time.GetUtcNow();
        var dates = await db.Dates.AsNoTracking().Where(d => d.EventId == id && d.DrawnAt == null && d.EndsAt > now).Select(d => d.Id).ToListAsync(cancellationToken);
        var (drawn, entrants) = (0, 0);
        foreach (var dateId in dates)
        {
            if (await LotteryDraw.DrawAsync(db, dateId, now, cancellationToken) is { } count)
            {
                drawn++;
                entrants += count;
            }

            db.ChangeTracker.Clear();
        }

        if (drawn == 0)
        {
            return Outcome<Response>.Conflict(text["Draw.AlreadyDrawn"]);
        }

        await audit.RecordAsync(new AuditRecord("events.lottery.drawn", "event", id.ToString(), item.MunicipalityAgs, "dates=" + drawn), cancellationToken);
        return Outcome<Response>.Ok(new Response(id, drawn, entrants));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/events/{id:guid}/draw", async Task<Results<Ok<Response>, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, TimeProvider time, IStringLocalizer<EventsText> text,
                CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, person, organisations, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("DrawEventLottery")
            .WithSummary("Draws the lottery of every date of the event not drawn yet, now; each date is drawn once, 409 when there is nothing left to draw.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
