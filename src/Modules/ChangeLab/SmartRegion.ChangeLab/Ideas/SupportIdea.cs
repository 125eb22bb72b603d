using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.ChangeLab.Ideas;

/// <summary>
/// A colleague supports an idea (or withdraws the support) until it is decided. The key on (idea, person) keeps it to
/// one support each, even when two arrive at once.
/// </summary>
internal static class SupportIdea
{
    internal sealed record Response(Guid Id, int Supports);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid id, bool support, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.Id is not { } who || !ChangeLabAccess.IsStaff(person))
        {
            return Outcome<Response>.Forbidden(text["Booking.StaffOnly"]);
        }

        var idea = await db.Ideas.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (idea is null)
        {
            return Outcome<Response>.NotFound(text["Idea.NotFound"]);
        }

        if (idea.Status != IdeaStatus.Submitted)
        {
            return Outcome<Response>.Conflict(text["Idea.Decided"]);
        }

        var existing = await db.IdeaSupports.SingleOrDefaultAsync(s => s.IdeaId == id && s.PersonId == who.Value, cancellationToken);
        if (support == (existing is not null))
        {
            return Outcome<Response>.Conflict(text[support ? "Idea.AlreadySupported" : "Idea.NotSupported"]);
        }

        if (support)
        {
            db.IdeaSupports.Add(new IdeaSupport(id, who.Value, time.GetUtcNow()));
        }
        else
        {
            db.IdeaSupports.Remove(existing!);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<Response>.Conflict(text["Idea.NotSupported"]);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return Outcome<Response>.Conflict(text["Idea.AlreadySupported"]);
        }

        return Outcome<Response>.Ok(new Response(id, await db.IdeaSupports.CountAsync(s => s.IdeaId == id, cancellationToken)));
    }

    public static void MapEndpoint(RouteGroupBuilder group)
    {
        group.MapPost("/ideas/{id:guid}/support", async Task<Results<Ok<Response>, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
                ToResult(await ExecuteAsync(id, support: true, person, db, time, text, ct)))
            .WithName("SupportChangeLabIdea")
            .WithSummary("The signed-in member of staff supports an idea; 409 when they already do or it is decided.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
        group.MapDelete("/ideas/{id:guid}/support", async Task<Results<Ok<Response>, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
                ToResult(await ExecuteAsync(id, support: false, person, db, time, text, ct)))
            .WithName("WithdrawChangeLabIdeaSupport")
            .WithSummary("The signed-in member of staff withdraws their support; 409 when they gave none or it is decided.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
    }

    internal static Results<Ok<Response>, ForbiddenProblem, NotFoundProblem, ConflictProblem> ToResult(Outcome<Response> outcome) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
        OutcomeKind.Forbidden => outcome.ToForbidden(),
        OutcomeKind.NotFound => outcome.ToNotFound(),
        _ => outcome.ToConflict(),
    };
}
