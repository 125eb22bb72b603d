using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Participation.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Participation.Processes;

/// <summary>One process with its phases (and which components each switches on) and its budget projects.</summary>
internal static class GetProcess
{
    internal sealed record Phase(string Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool IsCurrent, IReadOnlyList<string> Components);

    internal sealed record Project(Guid Id, string Title, string Description, decimal Cost);

    internal sealed record Details(
        Guid Id, string Slug, string Title, string Summary, string? MunicipalityAgs, string MunicipalityName, string Status, string? CurrentPhase,
        decimal? Budget, string VotingMethod, int? SupportThreshold, bool IsVoteOpen, bool AreResultsPublished, bool IsDemo, IReadOnlyList<Phase> Phases, IReadOnlyList<Project> Projects);

    public static async Task<Details?> ExecuteAsync(
        string slugOrId, ParticipationDb db, IMunicipalityDirectory municipalities, TimeProvider time, string regionName, CancellationToken cancellationToken)
    {
        var processes = db.Processes.AsNoTracking();
        var process = Guid.TryParse(slugOrId, out var id)
            ? await processes.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            : await processes.SingleOrDefaultAsync(p => p.Slug == slugOrId, cancellationToken);
        if (process is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var projects = await db.Projects.AsNoTracking().Where(p => p.ProcessId == process.Id).OrderBy(p => p.Position)
            .Select(p => new Project(p.Id, p.Title, p.Description, p.Cost)).ToListAsync(cancellationToken);
        var name = process.MunicipalityAgs is { } ags ? (await municipalities.FindAsync(ags, cancellationToken))?.Name ?? ags : regionName;
        var vote = process.VotePhase;
        return new Details(process.Id, process.Slug, process.Title, process.Summary, process.MunicipalityAgs, name, process.StatusAt(now),
            process.PhaseAt(now)?.Kind, process.Budget, process.VotingMethod, process.SupportThreshold, vote?.IsOpenAt(now) == true, vote is not null && now >= vote.EndsAt,
            process.IsDemo,
            [.. process.Phases.OrderBy(p => p.StartsAt).Select(p => new Phase(p.Kind, p.StartsAt, p.EndsAt, p.IsOpenAt(now), PhaseKinds.ComponentsOf(p.Kind)))],
            projects);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/processes/{id}", async Task<Results<Ok<Details>, NotFoundProblem>> (
                string id, ParticipationDb db, IMunicipalityDirectory municipalities, TimeProvider time,
                IStringLocalizer<ParticipationText> text, CancellationToken ct) =>
                await ExecuteAsync(id, db, municipalities, time, text["Region.Whole"], ct) is { } details
                    ? TypedResults.Ok(details)
                    : new NotFoundProblem("No participation process has this id or address."))
            .WithName("GetParticipationProcess")
            .WithSummary("One participation process (by id or address) with its phases, the components active in each, and its budget projects.")
            .AllowAnonymous();
}
