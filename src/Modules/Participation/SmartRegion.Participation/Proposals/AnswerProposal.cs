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
using SmartRegion.Kernel.Web;
using SmartRegion.Participation.Contracts;
using SmartRegion.Participation.Processes;
using SmartRegion.Participation.Resources;

namespace SmartRegion.Participation.Proposals;

/// <summary>
/// Staff of the process's municipality (region admins for a process of the whole region) set a proposal's status with
/// the official answer; a rejection needs its reason. Every answer goes to the audit log.
/// </summary>
internal static class AnswerProposal
{
    internal sealed record Request(string? Status, string? Answer);

    internal sealed record Response(Guid Id, string Status);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid id, Request request, ICurrentPerson person, ParticipationDb db, IAuditLog audit, TimeProvider time, IStringLocalizer<ParticipationText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        if (await ProposalLookup.FindAsync(db, id, cancellationToken) is not var (proposal, process))
        {
            return Outcome<Response>.NotFound(text["Proposal.NotFound"]);
        }

        if (!person.CanRun(process.MunicipalityAgs))
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        var errors = new ValidationErrors();
        var status = request.Status?.Trim() ?? "";
        var answer = string.IsNullOrWhiteSpace(request.Answer) ? null : request.Answer.Trim();
        errors.AddIf(!ProposalStatuses.Answers.Contains(status), nameof(Request.Status), text["Field.ProposalStatus.Unknown"]);
        errors.AddIf(status == ProposalStatuses.Rejected && answer is null, nameof(Request.Answer), text["Field.Answer.ReasonRequired"]);
        errors.AddIf(answer is not null && (answer.Length > Proposal.MaxAnswer || TextInput.HasControlCharacters(answer, allowLineBreaks: true)),
            nameof(Request.Answer), text["Field.Summary.TooLong", Proposal.MaxAnswer]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var now = time.GetUtcNow();
        proposal.Respond(status, answer, now);
        db.Publish(new ProcessChanged(process.Id), now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("participation-proposals.answered", "participation-proposal", proposal.Id.ToString(), process.MunicipalityAgs), cancellationToken);
        return Outcome<Response>.Ok(new Response(proposal.Id, status));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPut("/proposals/{id:guid}/answer", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem>> (
                Guid id, Request request, ICurrentPerson person, ParticipationDb db, IAuditLog audit, TimeProvider time,
                IStringLocalizer<ParticipationText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, request, person, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("AnswerProposal")
            .WithSummary("Staff of the process's municipality set a proposal's status (evaluating, accepted, rejected, implemented) with the official answer; a rejection needs its reason.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
