using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Participation.Contracts;
using SmartRegion.Participation.Resources;
using SmartRegion.Participation.Voting;

namespace SmartRegion.Participation.Proposals;

/// <summary>
/// A signed-in person supports a proposal, or withdraws their support, while the collection phase is open. The key on
/// (proposal, person) keeps it to one support each, even when two arrive at once on different nodes.
/// </summary>
internal static class SupportProposal
{
    internal sealed record Response(Guid Id, int Supports);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid id, bool support, ICurrentPerson person, ParticipationDb db, TimeProvider time, IStringLocalizer<ParticipationText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.Id is not { } who)
        {
            return Outcome<Response>.Forbidden(text["Proposal.SignIn"]);
        }

        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return Outcome<Response>.NotFound(text["Proposal.NotFound"]);
        }

        var process = await db.Processes.AsNoTracking().SingleAsync(p => p.Id == proposal.ProcessId, cancellationToken);
        var now = time.GetUtcNow();
        if (process.CollectionPhase?.IsOpenAt(now) != true)
        {
            return Outcome<Response>.Conflict(text["Proposal.SupportClosed"]);
        }

        // A hidden proposal keeps the supports it had (they may be withdrawn) but gathers no new ones.
        if (support && proposal.HiddenAt is not null)
        {
            return Outcome<Response>.Conflict(text["Proposal.SupportHidden"]);
        }

        var existing = await db.ProposalSupports.SingleOrDefaultAsync(s => s.ProposalId == id && s.PersonId == who.Value, cancellationToken);
        if (support == (existing is not null))
        {
            return Outcome<Response>.Conflict(text[support ? "Proposal.AlreadySupported" : "Proposal.NotSupported"]);
        }

        if (support)
        {
            db.ProposalSupports.Add(ProposalSupport.Create(id, who.Value, now));
        }
        else
        {
            db.ProposalSupports.Remove(existing!);
        }

        db.Publish(new ProcessChanged(process.Id), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Withdrawn twice at once: the other request already removed it.
            db.ChangeTracker.Clear();
            return Outcome<Response>.Conflict(text["Proposal.NotSupported"]);
        }
        catch (DbUpdateException e) when (BallotBox.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return Outcome<Response>.Conflict(text["Proposal.AlreadySupported"]);
        }

        return Outcome<Response>.Ok(new Response(id, await db.ProposalSupports.CountAsync(s => s.ProposalId == id, cancellationToken)));
    }

    public static void MapEndpoint(RouteGroupBuilder group)
    {
        group.MapPost("/proposals/{id:guid}/support", async Task<Results<Ok<Response>, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, ICurrentPerson person, ParticipationDb db, TimeProvider time, IStringLocalizer<ParticipationText> text, CancellationToken ct) =>
                ToResult(await ExecuteAsync(id, support: true, person, db, time, text, ct)))
            .WithName("SupportProposal")
            .WithSummary("The signed-in person supports the proposal; 409 when they already do or the collection phase is not open.")
            .RequireAuthorization(HubPolicies.SignedIn);
        group.MapDelete("/proposals/{id:guid}/support", async Task<Results<Ok<Response>, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, ICurrentPerson person, ParticipationDb db, TimeProvider time, IStringLocalizer<ParticipationText> text, CancellationToken ct) =>
                ToResult(await ExecuteAsync(id, support: false, person, db, time, text, ct)))
            .WithName("WithdrawProposalSupport")
            .WithSummary("The signed-in person withdraws their support; 409 when they gave none or the collection phase is not open.")
            .RequireAuthorization(HubPolicies.SignedIn);
    }

    private static Results<Ok<Response>, ForbiddenProblem, NotFoundProblem, ConflictProblem> ToResult(Outcome<Response> outcome) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
        OutcomeKind.Forbidden => outcome.ToForbidden(),
        OutcomeKind.NotFound => outcome.ToNotFound(),
        _ => outcome.ToConflict(),
    };
}
