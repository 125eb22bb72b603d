using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.ChangeLab.Progress;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Problems;
using SmartRegion.Ui.Navigation;

namespace SmartRegion.ChangeLab.Ideas;

/// <summary>
/// An administrator reviews an idea and states the decision with its reason, which everyone who reads the idea sees. An
/// accepted idea becomes a planned project of the Change Lab in the same transaction, ready for its milestones.
/// </summary>
internal static class ReviewIdea
{
    internal sealed record Request(bool? Accept, string? Reason);

    internal sealed record Response(Guid Id, string Status, Guid? ProjectId);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid id, Request request, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        if (person.Id is not { } who || !ChangeLabAccess.ApprovesAny(person))
        {
            return Outcome<Response>.Forbidden(text["Idea.ReviewForbidden"]);
        }

        var idea = await db.Ideas.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (idea is null)
        {
            return Outcome<Response>.NotFound(text["Idea.NotFound"]);
        }

        var reason = IdeaText.Clean(request.Reason);
        var errors = new ValidationErrors().AddIf(request.Accept is null, "Accept", text["Field.Approve.Required"]).Check("Reason", reason, Idea.MaxReason, text);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        if (idea.Status != IdeaStatus.Submitted)
        {
            return Outcome<Response>.Conflict(text["Idea.Decided"]);
        }

        var now = time.GetUtcNow();
        if (request.Accept == true)
        {
            var project = Project.Create(Measures.ChangeLab, idea.Title, idea.Text, ProjectStatus.Planned, reason!, idea.Id, now);
            db.Projects.Add(project);
            idea.Accept(who.Value, reason!, project.Id, now);
            db.Publish(new ProgressBoardChanged(), now);
        }
        else
        {
            idea.Decline(who.Value, reason!, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<Response>.Conflict(text["Idea.Decided"]);
        }

        return Outcome<Response>.Ok(new Response(idea.Id, idea.Status, idea.ProjectId));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/ideas/{id:guid}/review", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, Request request, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, request, person, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("ReviewChangeLabIdea")
            .WithSummary("An administrator accepts (a project is made) or declines an idea, always with a reason.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
