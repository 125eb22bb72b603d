using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Time;

namespace SmartRegion.ChangeLab.Progress;

/// <summary>
/// One project of the public progress board with its milestones in order, each done, open or overdue on the region's
/// day, the idea it came from (by title: the ideas themselves are for staff only) and when it last changed. Who changed
/// it is not shown.
/// </summary>
internal static class GetProject
{
    /// <summary>Where a milestone stands on the region's day.</summary>
    internal static class MilestoneState
    {
        public const string Done = "done";
        public const string Open = "open";
        public const string Overdue = "overdue";
    }

    internal sealed record MilestoneItem(Guid Id, string Title, DateOnly DueOn, DateOnly? DoneOn, string State, int Version);

    internal sealed record Response(
        Guid Id, string Measure, string MeasureName, string Title, string Summary, string Status, string NextSteps,
        IReadOnlyList<MilestoneItem> Milestones, string? IdeaTitle, DateTimeOffset UpdatedAt, int Version, bool IsDemo);

    public static async Task<Response?> FindAsync(Guid id, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var project = await db.Projects.AsNoTracking().Include(p => p.Milestones).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return null;
        }

        var ideaTitle = project.IdeaId is { } idea
            ? await db.Ideas.AsNoTracking().Where(i => i.Id == idea).Select(i => i.Title).SingleOrDefaultAsync(cancellationToken)
            : null;
        var today = BerlinDay.Of(time.GetUtcNow());
        return new Response(project.Id, project.Measure, text["Measure." + project.Measure], project.Title, project.Summary, project.Status, project.NextSteps,
            [.. project.Milestones.OrderBy(m => m.Position).Select(m => new MilestoneItem(m.Id, m.Title, m.DueOn, m.DoneOn, StateOf(m.DueOn, m.DoneOn, today), m.Version))],
            ideaTitle, project.UpdatedAt, project.Version, project.IsDemo);
    }

    public static string StateOf(DateOnly dueOn, DateOnly? doneOn, DateOnly today) =>
        doneOn is not null ? MilestoneState.Done : dueOn < today ? MilestoneState.Overdue : MilestoneState.Open;

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/projects/{id:guid}", async Task<Results<Ok<Response>, NotFoundProblem>> (
                Guid id, ChangeLabDb db, TimeProvider time, IStringLocalizer<ChangeLabText> text, CancellationToken ct) =>
                await FindAsync(id, db, time, text, ct) is { } project ? TypedResults.Ok(project) : new NotFoundProblem(text["Project.NotFound"]))
            .WithName("GetSmartRegionProject")
            .WithSummary("One project of the progress board: status, summary, next steps, milestones in order (done, open or overdue), the idea it came from, last change and the version to send with a change.")
            .AllowAnonymous();
}
