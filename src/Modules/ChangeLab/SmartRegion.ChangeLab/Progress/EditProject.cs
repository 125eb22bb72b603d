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
/// An administrator changes where a project stands: status, summary and next steps. The change carries the version the
/// form was opened with; when someone else saved in between, it is refused with the time of that change and nothing is
/// overwritten. The board and the open dataset follow at once.
/// </summary>
internal static class EditProject
{
    internal sealed record Request(string? Status, string? Summary, string? NextSteps, int? Version);

    internal sealed record Response(Guid Id, string Status, DateTimeOffset UpdatedAt, int Version);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid projectId, Request request, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        if (person.Id is not { } who || !ChangeLabAccess.ApprovesAny(person))
        {
            return Outcome<Response>.Forbidden(text["Project.EditForbidden"]);
        }

        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return Outcome<Response>.NotFound(text["Project.NotFound"]);
        }

        var summary = IdeaText.Clean(request.Summary);
        var nextSteps = IdeaText.Clean(request.NextSteps);
        var errors = CheckStatus(new ValidationErrors(), request.Status, text)
            .Check(nameof(Request.Summary), summary, Project.MaxSummary, text)
            .CheckOptional(nameof(Request.NextSteps), nextSteps, Project.MaxNextSteps, text)
            .AddIf(request.Version is null, nameof(Request.Version), text["Project.VersionMissing"]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        if (project.Version != request.Version)
        {
            return Outcome<Response>.Conflict(Stale(project.UpdatedAt, text));
        }

        var now = time.GetUtcNow();
        project.Edit(request.Status!, summary!, nextSteps ?? "", who.Value, now);
        db.Publish(new ProgressBoardChanged(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved by someone else between reading and writing: the database refused the older version.
            db.ChangeTracker.Clear();
            var changed = await db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => (DateTimeOffset?)p.UpdatedAt).SingleOrDefaultAsync(cancellationToken);
            return changed is { } at ? Outcome<Response>.Conflict(Stale(at, text)) : Outcome<Response>.NotFound(text["Project.NotFound"]);
        }

        return Outcome<Response>.Ok(new Response(project.Id, project.Status, project.UpdatedAt, project.Version));
    }

    public static ValidationErrors CheckStatus(ValidationErrors errors, string? status, IStringLocalizer<ChangeLabText> text) =>
        errors.AddIf(status is null || !ProjectStatus.All.Contains(status), nameof(Request.Status), text["Field.ProjectStatus.Required"]);

    /// <summary>The refusal of a form opened before someone else's change, naming when that change was made.</summary>
    public static string Stale(DateTimeOffset changedAt, IStringLocalizer<ChangeLabText> text) => text["Project.Stale", BerlinTime.Format(changedAt)];

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPut("/projects/{id:guid}", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
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
            .WithName("EditSmartRegionProject")
            .WithSummary("An administrator changes a project's status (planned, running, done), summary and next steps; version is the one read with GET, and 409 says someone else changed it since.")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
