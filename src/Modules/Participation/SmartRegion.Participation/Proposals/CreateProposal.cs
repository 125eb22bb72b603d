using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;
using SmartRegion.Participation.Contracts;
using SmartRegion.Participation.Resources;

namespace SmartRegion.Participation.Proposals;

/// <summary>
/// A signed-in person (signing in needs a confirmed e-mail address) brings a proposal into a process while its
/// collection phase is open.
/// </summary>
internal static class CreateProposal
{
    internal sealed record Request(string? Title, string? Text, string? Category);

    internal sealed record Response(Guid Id);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid processId, Request request, ICurrentPerson person, ParticipationDb db, TimeProvider time, IStringLocalizer<ParticipationText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        if (person.Id is not { } author)
        {
            return Outcome<Response>.Forbidden(text["Proposal.SignIn"]);
        }

        var process = await db.Processes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == processId, cancellationToken);
        if (process is null)
        {
            return Outcome<Response>.NotFound(text["Process.NotFound"]);
        }

        var errors = new ValidationErrors();
        var title = request.Title?.Trim() ?? "";
        var body = request.Text?.Trim() ?? "";
        var category = string.IsNullOrWhiteSpace(request.Category) ? null : request.Category.Trim();
        errors.AddIf(title.Length == 0, nameof(Request.Title), text["Field.ProposalTitle.Required"]);
        errors.AddIf(title.Length > Proposal.MaxTitle || TextInput.HasControlCharacters(title), nameof(Request.Title), text["Field.Title.TooLong", Proposal.MaxTitle]);
        errors.AddIf(body.Length == 0, nameof(Request.Text), text["Field.ProposalText.Required"]);
        errors.AddIf(body.Length > Proposal.MaxText || TextInput.HasControlCharacters(body, allowLineBreaks: true), nameof(Request.Text), text["Field.Summary.TooLong", Proposal.MaxText]);
        errors.AddIf(category is not null && !ProposalCategories.All.Contains(category), nameof(Request.Category), text["Field.Category.Unknown"]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var now = time.GetUtcNow();
        if (process.CollectionPhase?.IsOpenAt(now) != true)
        {
            return Outcome<Response>.Conflict(text["Proposal.CollectionClosed"]);
        }

        var name = string.IsNullOrWhiteSpace(person.DisplayName) ? text["Proposal.Anonymous"].Value : person.DisplayName.Trim();
        var proposal = Proposal.Create(processId, author.Value, name[..Math.Min(name.Length, Proposal.MaxAuthorName)], title, body, category, isDemo: false, now);
        db.Proposals.Add(proposal);
        db.Publish(new ProcessChanged(processId), now);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Response>.Ok(new Response(proposal.Id));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/processes/{id:guid}/proposals", async Task<Results<Created<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, Request request, ICurrentPerson person, ParticipationDb db, TimeProvider time, IStringLocalizer<ParticipationText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, request, person, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/participation/proposals/{outcome.Value!.Id}", outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("CreateProposal")
            .WithSummary("A signed-in person brings a proposal (title, text, optional category) into a process; 409 outside its collection phase.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
