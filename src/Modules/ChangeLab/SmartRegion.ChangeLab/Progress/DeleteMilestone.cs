using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Problems;
using SmartRegion.Ui.Components;

namespace SmartRegion.ChangeLab.Progress;

/// <summary>
/// An administrator takes a milestone off a project. The page asks first; with the version it showed, a milestone
/// changed in the meantime is not deleted unseen.
/// </summary>
internal static class DeleteMilestone
{
    internal sealed record Response(Guid Id, Guid ProjectId);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid projectId, Guid milestoneId, int? version, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(time);
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

        if (version is { } seen && seen != milestone.Version)
        {
            return Outcome<Response>.Conflict(text["Milestone.Stale", BerlinTime.Format(project.UpdatedAt)]);
        }

        var now = time.GetUtcNow();
        db.Milestones.Remove(milestone);
        project.Touch(who.Value, now);
        db.Publish(new ProgressBoardChanged(), now);
        return await ChangeMilestone.SaveAsync(db, cancellationToken)
            ? Outcome<Response>.Ok(new Response(milestoneId, projectId))
            : Outcome<Response>.Conflict(text["Milestone.Stale", BerlinTime.Format(now)]);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapDelete("/projects/{id:guid}/milestones/{milestoneId:guid}", async Task<Results<NoContent, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, Guid milestoneId, string? version, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
            {
                int? seen = null;
                if (!string.IsNullOrEmpty(version))
                {
                    if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                    {
                        return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = [text["Project.VersionMissing"]] });
                    }

                    seen = parsed;
                }

                var outcome = await ExecuteAsync(id, milestoneId, seen, person, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.NoContent(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("DeleteSmartRegionMilestone")
            .WithSummary("An administrator deletes a milestone; with ?version= (as read with GET) a milestone changed since is refused with 409.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
