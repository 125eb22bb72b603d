using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Ui.Navigation;

namespace SmartRegion.ChangeLab.Progress;

/// <summary>
/// The public progress board: every measure of the smart region with its projects (status, milestones, next steps) and
/// key figures read live from the modules that deliver it, through their <see cref="IProgressFigures"/>; no module's
/// tables are read from here.
/// </summary>
internal static class ReadProgress
{
    internal sealed record MilestoneItem(string Title, DateOnly DueOn, DateOnly? DoneOn);

    internal sealed record ProjectItem(Guid Id, string Title, string Summary, string Status, string NextSteps, IReadOnlyList<MilestoneItem> Milestones, bool IsDemo);

    internal sealed record MeasureItem(string Id, string Name, IReadOnlyList<KeyFigure> Figures, IReadOnlyList<ProjectItem> Projects);

    internal sealed record Board(IReadOnlyList<MeasureItem> Measures);

    public static async Task<Board> ExecuteAsync(
        ChangeLabDb db, IEnumerable<IProgressFigures> sources, IStringLocalizer<ChangeLabText> text, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var figures = new List<KeyFigure>();
        foreach (var source in sources)
        {
            try
            {
                figures.AddRange(await source.ReadAsync(cancellationToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One module's figures failing must not take the whole public board down; the rest is still true.
                logger.LogWarning(e, "The progress figures of {Source} could not be read.", source.GetType().Name);
            }
        }

        var projects = await db.Projects.AsNoTracking().Include(p => p.Milestones).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        return new Board([.. Measures.All.Select(m => new MeasureItem(m, text["Measure." + m],
            [.. figures.Where(f => f.Measure == m)],
            [.. projects.Where(p => p.Measure == m).Select(p => new ProjectItem(p.Id, p.Title, p.Summary, p.Status, p.NextSteps,
                [.. p.Milestones.OrderBy(s => s.Position).Select(s => new MilestoneItem(s.Title, s.DueOn, s.DoneOn))], p.IsDemo))]))]);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/progress", async Task<Ok<Board>> (
                ChangeLabDb db, IEnumerable<IProgressFigures> sources, IStringLocalizer<ChangeLabText> text, ILoggerFactory logs, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(db, sources, text, logs.CreateLogger(typeof(ReadProgress)), ct)))
            .WithName("ReadSmartRegionProgress")
            .WithSummary("The progress board: every measure with its live key figures and its projects with status, milestones and next steps.")
            .AllowAnonymous();
}
