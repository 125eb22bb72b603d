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
using SmartRegion.Participation.Contracts;
using SmartRegion.Participation.Resources;

namespace SmartRegion.Participation.Processes;

/// <summary>
/// Staff change a process's text and phases. Once anyone has voted, the vote's dates, the budget and the voting method
/// stay as they were: reopening a closed vote or changing its rules would change the votes.
/// </summary>
internal static class UpdateProcess
{
    internal sealed record Response(Guid Id, string Slug);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid id, ProcessInput request, ICurrentPerson person, ParticipationDb db, IAuditLog audit, TimeProvider time,
        IStringLocalizer<ParticipationText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        var process = await db.Processes.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (process is null)
        {
            return Outcome<Response>.NotFound(text["Process.NotFound"]);
        }

        if (!person.CanRun(process.MunicipalityAgs))
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        var errors = new ValidationErrors();
        var fields = request.Validate(errors, text);
        if (fields is null)
        {
            return Outcome<Response>.Invalid(errors);
        }

        if (await db.Voters.AnyAsync(v => v.ProcessId == id, cancellationToken) && ChangesTheVote(process, fields))
        {
            return Outcome<Response>.Conflict(text["Process.VoteLocked"]);
        }

        var now = time.GetUtcNow();
        db.Phases.RemoveRange(process.Phases);
        process.Change(fields, now);
        db.Phases.AddRange(process.Phases);
        db.Publish(new ProcessChanged(process.Id), now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("participation-processes.changed", "participation-process", process.Id.ToString(), process.MunicipalityAgs), cancellationToken);
        return Outcome<Response>.Ok(new Response(process.Id, process.Slug));
    }

    private static bool ChangesTheVote(Process process, ProcessFields fields)
    {
        var vote = process.VotePhase;
        var newVote = fields.Phases.FirstOrDefault(p => p.Kind == PhaseKinds.Vote);
        return fields.Budget != process.Budget || fields.VotingMethod != process.VotingMethod
            || vote?.StartsAt != newVote?.StartsAt || vote?.EndsAt != newVote?.EndsAt;
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPut("/processes/{id:guid}", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, ProcessInput request, ICurrentPerson person, ParticipationDb db, IAuditLog audit, TimeProvider time,
                IStringLocalizer<ParticipationText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, request, person, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("UpdateParticipationProcess")
            .WithSummary("Changes a process's text and phases; once votes are cast, its vote dates, budget and voting method are fixed (409).")
            .RequireAuthorization(HubPolicies.SignedIn);
}
