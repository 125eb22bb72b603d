using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Problems;
using SmartRegion.Participation.Processes;

namespace SmartRegion.Participation.Voting;

/// <summary>
/// The full tally, published once the vote phase has ended: votes per project and, for a knapsack vote, which projects
/// are funded (most votes first, each as long as it still fits the budget).
/// </summary>
internal static class GetResults
{
    internal sealed record ProjectResult(Guid Id, string Title, decimal Cost, int Votes, bool Funded);

    internal sealed record Response(Guid ProcessId, string Slug, string VotingMethod, decimal? Budget, int Ballots, int Voters,
        int VotersOnline, int VotersAtBooth, IReadOnlyList<ProjectResult> Projects);

    /// <summary>Null when there is no such process; published false while the vote is not over.</summary>
    public static async Task<(bool Published, Response? Results)?> ExecuteAsync(string slugOrId, ParticipationDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var process = Guid.TryParse(slugOrId, out var id)
            ? await db.Processes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            : await db.Processes.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slugOrId, cancellationToken);
        if (process is null)
        {
            return null;
        }

        if (process.Budget is null || process.VotePhase is not { } vote || time.GetUtcNow() < vote.EndsAt)
        {
            return (false, null);
        }

        var votes = await db.BallotChoices.AsNoTracking()
            .Join(db.Ballots.Where(b => b.ProcessId == process.Id), c => c.BallotId, b => b.Id, (c, _) => c.ProjectId)
            .GroupBy(p => p).Select(g => new { Project = g.Key, Votes = g.Count() }).ToDictionaryAsync(g => g.Project, g => g.Votes, cancellationToken);
        var projects = await db.Projects.AsNoTracking().Where(p => p.ProcessId == process.Id).OrderBy(p => p.Position).ToListAsync(cancellationToken);
        var channels = await db.Voters.AsNoTracking().Where(v => v.ProcessId == process.Id).GroupBy(v => v.Channel)
            .Select(g => new { Channel = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Channel, g => g.Count, cancellationToken);
        var funded = new HashSet<Guid>();
        var left = process.Budget.Value;
        foreach (var project in projects.Where(p => votes.GetValueOrDefault(p.Id) > 0).OrderByDescending(p => votes[p.Id]).ThenBy(p => p.Position))
        {
            if (project.Cost <= left)
            {
                funded.Add(project.Id);
                left -= project.Cost;
            }
        }

        var results = projects.Select(p => new ProjectResult(p.Id, p.Title, p.Cost, votes.GetValueOrDefault(p.Id), funded.Contains(p.Id)))
            .OrderByDescending(p => p.Votes).ToList();
        var ballots = await db.Ballots.CountAsync(b => b.ProcessId == process.Id, cancellationToken);
        return (true, new Response(process.Id, process.Slug, process.VotingMethod, process.Budget, ballots, channels.Values.Sum(),
            channels.GetValueOrDefault(VoteChannels.Online), channels.GetValueOrDefault(VoteChannels.Booth), results));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/processes/{id}/results", async Task<Results<Ok<Response>, NotFoundProblem, ConflictProblem>> (
                string id, ParticipationDb db, TimeProvider time, CancellationToken ct) =>
                await ExecuteAsync(id, db, time, ct) switch
                {
                    null => new NotFoundProblem("No participation process has this id or address."),
                    (false, _) => new ConflictProblem("The results are published when the vote phase has ended."),
                    var (_, results) => TypedResults.Ok(results!),
                })
            .WithName("GetBudgetResults")
            .WithSummary("The full tally of a participatory budget: ballots, voters per channel, votes per project and the funded projects.")
            .AllowAnonymous();
}
