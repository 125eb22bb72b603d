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

namespace SmartRegion.Participation.Budgets;

/// <summary>Staff add a project with its cost to a process's budget; once anyone has voted, the ballot is fixed.</summary>
internal static class AddProject
{
    internal sealed record Request(string? Title, string? Description, decimal? Cost);

    internal sealed record Response(Guid Id);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid processId, Request request, ICurrentPerson person, ParticipationDb db, IAuditLog audit, TimeProvider time,
        IStringLocalizer<ParticipationText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var process = await db.Processes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == processId, cancellationToken);
        if (process is null)
        {
            return Outcome<Response>.NotFound(text["Process.NotFound"]);
        }

        if (!person.CanRun(process.MunicipalityAgs))
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        var errors = new ValidationErrors();
        var title = request.Title?.Trim() ?? "";
        var description = request.Description?.Trim() ?? "";
        errors.AddIf(title.Length == 0, nameof(Request.Title), text["Field.ProjectTitle.Required"]);
        errors.AddIf(title.Length > BudgetProject.MaxTitle || TextInput.HasControlCharacters(title), nameof(Request.Title), text["Field.Title.TooLong", BudgetProject.MaxTitle]);
        errors.AddIf(description.Length > BudgetProject.MaxDescription || TextInput.HasControlCharacters(description, allowLineBreaks: true),
            nameof(Request.Description), text["Field.Summary.TooLong", BudgetProject.MaxDescription]);
        errors.AddIf(request.Cost is not (> 0 and <= 1_000_000_000), nameof(Request.Cost), text["Field.Cost.Range"]);
        errors.AddIf(process.Budget is null, nameof(Request.Title), text["Project.NoBudget"]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        if (await db.Voters.AnyAsync(v => v.ProcessId == processId, cancellationToken))
        {
            return Outcome<Response>.Conflict(text["Process.VoteLocked"]);
        }

        var position = await db.Projects.CountAsync(p => p.ProcessId == processId, cancellationToken);
        var project = BudgetProject.Create(processId, title, description, decimal.Round(request.Cost!.Value, 2), position + 1);
        db.Projects.Add(project);
        db.Publish(new ProcessChanged(processId), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("participation-projects.added", "participation-project", project.Id.ToString(), process.MunicipalityAgs), cancellationToken);
        return Outcome<Response>.Ok(new Response(project.Id));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/processes/{id:guid}/projects", async Task<Results<Created<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, Request request, ICurrentPerson person, ParticipationDb db, IAuditLog audit, TimeProvider time,
                IStringLocalizer<ParticipationText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, request, person, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/participation/processes/{id}", outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("AddBudgetProject")
            .WithSummary("Adds a project with its cost (euros) to a process's participatory budget; refused (409) once votes are cast.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
