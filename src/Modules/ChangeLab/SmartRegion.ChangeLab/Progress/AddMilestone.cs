using System.Globalization;
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

namespace SmartRegion.ChangeLab.Progress;

/// <summary>An administrator adds a milestone to a project (an accepted idea, or a measure's project); the board shows it at once.</summary>
internal static class AddMilestone
{
    internal sealed record Request(string? Title, string? DueOn, string? DoneOn);

    internal sealed record Response(Guid Id, Guid ProjectId);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid projectId, Request request, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        if (person.Id is not { } who || !ChangeLabAccess.ApprovesAny(person))
        {
            return Outcome<Response>.Forbidden(text["Idea.ReviewForbidden"]);
        }

        var project = await db.Projects.Include(p => p.Milestones).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return Outcome<Response>.NotFound(text["Project.NotFound"]);
        }

        var title = IdeaText.Clean(request.Title);
        var errors = new ValidationErrors().Check("Title", title, Milestone.MaxTitle, text);
        var due = ReadDay(request.DueOn, required: true, "DueOn", errors, text);
        var done = ReadDay(request.DoneOn, required: false, "DoneOn", errors, text);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var now = time.GetUtcNow();
        var milestone = project.AddMilestone(title!, due!.Value, done);
        db.Milestones.Add(milestone);
        project.Touch(who.Value, now);
        db.Publish(new ProgressBoardChanged(), now);
        if (!await ChangeMilestone.SaveAsync(db, cancellationToken))
        {
            return Outcome<Response>.Conflict(EditProject.Stale(now, text));
        }

        return Outcome<Response>.Ok(new Response(milestone.Id, project.Id));
    }

    internal static DateOnly? ReadDay(string? value, bool required, string field, ValidationErrors errors, IStringLocalizer<ChangeLabText> text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.AddIf(required, field, text["Field.Day.Unreadable"]);
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(field, text["Field.Day.Unreadable"]);
        return null;
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/projects/{id:guid}/milestones", async Task<Results<Created<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, Request request, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, request, person, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/changelab/projects/{outcome.Value!.ProjectId}", outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("AddChangeLabMilestone")
            .WithSummary("An administrator adds a milestone (title, dueOn, optional doneOn as yyyy-MM-dd) to a project of the progress board.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
