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
using SmartRegion.Participation.Resources;

namespace SmartRegion.Participation.Proposals;

/// <summary>
/// Moderators of the process's municipality (region admins for a process of the whole region) hide a proposal; its
/// title and text give way to the public reason, so everyone sees that and why something was taken down. Audited.
/// </summary>
internal static class HideProposal
{
    internal sealed record Request(string? Reason);

    internal sealed record Response(Guid Id);

    public static bool CanModerate(this ICurrentPerson person, string? municipalityAgs) =>
        municipalityAgs is null ? person.IsSignedIn && person.IsRegionAdmin : person.CanActFor(municipalityAgs, HubRoles.Moderator);

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

        if (!person.CanModerate(process.MunicipalityAgs))
        {
            return Outcome<Response>.Forbidden(text["Proposal.HideForbidden"]);
        }

        var errors = new ValidationErrors();
        var reason = request.Reason?.Trim() ?? "";
        errors.AddIf(reason.Length == 0, nameof(Request.Reason), text["Field.HideReason.Required"]);
        errors.AddIf(reason.Length > Proposal.MaxAnswer || TextInput.HasControlCharacters(reason, allowLineBreaks: true),
            nameof(Request.Reason), text["Field.Summary.TooLong", Proposal.MaxAnswer]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var now = time.GetUtcNow();
        proposal.Hide(reason, now);
        db.Publish(new ProcessChanged(process.Id), now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("participation-proposals.hidden", "participation-proposal", proposal.Id.ToString(), process.MunicipalityAgs), cancellationToken);
        return Outcome<Response>.Ok(new Response(proposal.Id));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPut("/proposals/{id:guid}/hidden", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem>> (
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
            .WithName("HideProposal")
            .WithSummary("Moderators of the process's municipality hide a proposal with a public reason, shown in place of its title and text.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
