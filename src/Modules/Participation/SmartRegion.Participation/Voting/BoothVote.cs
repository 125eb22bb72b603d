using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Participation.Processes;
using SmartRegion.Participation.Resources;

namespace SmartRegion.Participation.Voting;

/// <summary>
/// At a voting booth in the town hall, staff look up a verified resident, mark them as having voted and put their
/// ballot in the box. The same unique key as online voting refuses a second vote on either channel. The audit log
/// says who marked whom, never what was chosen.
/// </summary>
internal static class BoothVote
{
    internal sealed record Request(Guid ResidentId, IReadOnlyList<Guid>? Projects);

    internal sealed record Response(string Receipt);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid processId, Request request, ICurrentPerson staff, ParticipationDb db, IAuditLog audit, TimeProvider time,
        IStringLocalizer<ParticipationText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var resident = await db.VerifiedResidents.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.ResidentId, cancellationToken);
        var process = await db.Processes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == processId, cancellationToken);
        if (process is null || resident is null)
        {
            return Outcome<Response>.NotFound(text[process is null ? "Process.NotFound" : "Booth.NotFound"]);
        }

        if (!staff.CanRun(process.MunicipalityAgs ?? resident.MunicipalityAgs))
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        var outcome = await BallotBox.CastAsync(processId, resident.PersonId, VoteChannels.Booth, [.. (request.Projects ?? []).Distinct()], db, time, text, cancellationToken);
        if (outcome.IsOk)
        {
            await audit.RecordAsync(new AuditRecord("participation-voters.marked-at-booth", "participation-process", processId.ToString(),
                resident.MunicipalityAgs, "resident " + resident.Id), cancellationToken);
        }

        return outcome.Map(r => new Response(r.Code));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/processes/{id:guid}/booth-ballots", async Task<Results<Created<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, Request request, ICurrentPerson person, ParticipationDb db, IAuditLog audit, TimeProvider time,
                IStringLocalizer<ParticipationText> text, CancellationToken ct) =>
                VoteResults.Created(await ExecuteAsync(id, request, person, db, audit, time, text, ct), $"/api/participation/processes/{id}/results"))
            .WithName("CastBoothBallot")
            .WithSummary("Staff at a booth mark a verified resident as having voted and cast the ballot they filled in; 409 when the resident already voted on any channel.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
