using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.ChangeLab.Ideas;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Problems;
using SmartRegion.Ui.Navigation;

namespace SmartRegion.ChangeLab.Progress;

/// <summary>An administrator puts a project of one of the eight measures on the progress board (one that did not come from a staff idea).</summary>
internal static class CreateProject
{
    internal sealed record Request(string? Measure, string? Title, string? Status, string? Summary, string? NextSteps);

    internal sealed record Response(Guid Id, string Measure, int Version);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(time);
        if (person.Id is not { } who || !ChangeLabAccess.ApprovesAny(person))
        {
            return Outcome<Response>.Forbidden(text["Project.EditForbidden"]);
        }

        var title = IdeaText.Clean(request.Title);
        var summary = IdeaText.Clean(request.Summary);
        var nextSteps = IdeaText.Clean(request.NextSteps);
        var errors = new ValidationErrors()
            .AddIf(request.Measure is null || !Measures.All.Contains(request.Measure), nameof(Request.Measure), text["Field.Measure.Required"])
            .Check(nameof(Request.Title), title, Project.MaxTitle, text);
        errors = EditProject.CheckStatus(errors, request.Status, text)
            .Check(nameof(Request.Summary), summary, Project.MaxSummary, text)
            .CheckOptional(nameof(Request.NextSteps), nextSteps, Project.MaxNextSteps, text);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var now = time.GetUtcNow();
        var project = Project.Create(request.Measure!, title!, summary!, request.Status!, nextSteps ?? "", null, now);
        project.Touch(who.Value, now);
        db.Projects.Add(project);
        db.Publish(new ProgressBoardChanged(), now);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Response>.Ok(new Response(project.Id, project.Measure, project.Version));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/projects", async Task<Results<Created<Response>, ValidationProblem, ForbiddenProblem>> (
                Request request, ICurrentPerson person, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(request, person, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/changelab/projects/{outcome.Value!.Id}", outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    _ => outcome.ToForbidden(),
                };
            })
            .WithName("CreateSmartRegionProject")
            .WithSummary("An administrator adds a project to one of the eight measures (measure, title, status planned/running/done, summary, optional next steps).")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
