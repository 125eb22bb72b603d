using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Participation.Proposals;

/// <summary>One proposal with its support, the process's threshold and the municipality's answer; a hidden one shows only why it was hidden.</summary>
internal static class GetProposal
{
    internal sealed record Details(
        Guid Id, Guid ProcessId, string ProcessSlug, string ProcessTitle, string? MunicipalityAgs, string Title, string Text, string? Category,
        string Status, string? Answer, DateTimeOffset? AnsweredAt, string AuthorName, DateTimeOffset CreatedAt, int Supports, int? SupportThreshold,
        bool IsSupportOpen, bool IsDemo, string? HiddenReason);

    public static async Task<Details?> ExecuteAsync(Guid id, ParticipationDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return null;
        }

        var process = await db.Processes.AsNoTracking().SingleAsync(p => p.Id == proposal.ProcessId, cancellationToken);
        var supports = await db.ProposalSupports.CountAsync(s => s.ProposalId == id, cancellationToken);
        var hidden = proposal.HiddenReason is not null;
        return new Details(proposal.Id, process.Id, process.Slug, process.Title, process.MunicipalityAgs, hidden ? "" : proposal.Title, hidden ? "" : proposal.Text, proposal.Category,
            proposal.Status, proposal.Answer, proposal.AnsweredAt, proposal.AuthorName, proposal.CreatedAt, supports, process.SupportThreshold,
            !hidden && process.CollectionPhase?.IsOpenAt(time.GetUtcNow()) == true, proposal.IsDemo, proposal.HiddenReason);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/proposals/{id:guid}", async Task<Results<Ok<Details>, NotFoundProblem>> (Guid id, ParticipationDb db, TimeProvider time, CancellationToken ct) =>
                await ExecuteAsync(id, db, time, ct) is { } details ? TypedResults.Ok(details) : new NotFoundProblem("No proposal has this id."))
            .WithName("GetProposal")
            .WithSummary("One proposal with its number of supports, the process's support threshold, its status and the official answer.")
            .AllowAnonymous();
}
