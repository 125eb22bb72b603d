using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.ChangeLab.Ideas;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Problems;
using SmartRegion.Ui.Components;

namespace SmartRegion.ChangeLab.Progress;

/// <summary>
/// An administrator renames a milestone, moves its due day, marks it done on a day or takes that back (no done day).
/// Like the project, the change carries the version it was read with, so an older form never overwrites a newer change.
/// </summary>
internal static class ChangeMilestone
{
    internal sealed record Request(string? Title, string? DueOn, string? DoneOn, int? Version);

    internal sealed record Response(Guid Id, Guid ProjectId, string Title, DateOnly DueOn, DateOnly? DoneOn, int Version);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid projectId, Guid milestoneId, Request request, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        if (person.Id is not { } who || !ChangeLabAccess.ApprovesAny(person))
        {
            return Outcome<Response>.Forbidden(text["Project.EditForbidden"]);
        }

        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        var milestone = project is null ? null : await db.Milestones.SingleOrDefaultAsync(m => m.Id == milestoneId && m.ProjectId == projectId, cancellationToken);
        if (project is null || milestone is null)
        {
            return Outcome<Response>.NotFound(text["Milestone.NotFound"]);
        }

        var title = IdeaText.Clean(request.Title);
        var errors = new ValidationErrors().Check(nameof(Request.Title), title, Milestone.MaxTitle, text);
        var due = AddMilestone.ReadDay(request.DueOn, required: true, nameof(Request.DueOn), errors, text);
        var done = AddMilestone.ReadDay(request.DoneOn, required: false, nameof(Request.DoneOn), errors, text);
        errors.AddIf(request.Version is null, nameof(Request.Version), text["Project.VersionMissing"]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        if (milestone.Version != request.Version)
        {
            return Outcome<Response>.Conflict(text["Milestone.Stale", BerlinTime.Format(project.UpdatedAt)]);
        }

        var now = time.GetUtcNow();
        milestone.Change(title!, due!.Value, done);
        project.Touch(who.Value, now);
        db.Publish(new ProgressBoardChanged(), now);
        if (!await SaveAsync(db, cancellationToken))
        {
            return Outcome<Response>.Conflict(text["Milestone.Stale", BerlinTime.Format(now)]);
        }

        return Outcome<Response>.Ok(new Response(milestone.Id, project.Id, milestone.Title, milestone.DueOn, milestone.DoneOn, milestone.Version));
    }

    /// <summary>Saves; false when the database refused a version someone else had changed in between (nothing is written then).</summary>
    public static async Task<bool> SaveAsync(ChangeLabDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPut("/projects/{id:guid}/milestones/{milestoneId:guid}", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, Guid milestoneId, Request request, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, milestoneId, request, person, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("ChangeSmartRegionMilestone")
            .WithSummary("An administrator changes a milestone: title, dueOn, doneOn (yyyy-MM-dd; empty for not done yet) and the version read with GET; 409 when someone else changed it since.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
