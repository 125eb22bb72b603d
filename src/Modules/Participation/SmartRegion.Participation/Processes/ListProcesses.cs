using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Participation.Resources;

namespace SmartRegion.Participation.Processes;

/// <summary>The processes by municipality and status: the list at <c>/mitmachen</c> and its API.</summary>
internal static class ListProcesses
{
    /// <param name="Municipality">An AGS; <c>region</c> for processes of the whole region; empty for all.</param>
    /// <param name="Status"><c>running</c>, <c>upcoming</c> or <c>finished</c>; empty for all.</param>
    internal sealed record Query(string? Municipality, string? Status);

    internal sealed record Item(
        Guid Id, string Slug, string Title, string Summary, string? MunicipalityAgs, string MunicipalityName, string Status,
        string? CurrentPhase, bool HasBudget, bool IsDemo);

    public const string Region = "region";

    public static async Task<IReadOnlyList<Item>> ExecuteAsync(
        Query query, ParticipationDb db, IMunicipalityDirectory municipalities, TimeProvider time, string regionName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var processes = db.Processes.AsNoTracking();
        if (query.Municipality == Region)
        {
            processes = processes.Where(p => p.MunicipalityAgs == null);
        }
        else if (!string.IsNullOrEmpty(query.Municipality))
        {
            processes = processes.Where(p => p.MunicipalityAgs == query.Municipality);
        }

        var names = (await municipalities.ListAsync(cancellationToken)).ToDictionary(m => m.Ags, m => m.Name);
        var now = time.GetUtcNow();
        var list = await processes.OrderBy(p => p.Title).ToListAsync(cancellationToken);
        return [.. list
            .Select(p => new Item(p.Id, p.Slug, p.Title, p.Summary, p.MunicipalityAgs,
                p.MunicipalityAgs is { } ags ? names.GetValueOrDefault(ags, ags) : regionName, p.StatusAt(now), p.PhaseAt(now)?.Kind, p.Budget is not null, p.IsDemo))
            .Where(p => string.IsNullOrEmpty(query.Status) || p.Status == query.Status)
            .OrderBy(p => ProcessStatus.All.ToList().IndexOf(p.Status)).ThenBy(p => p.Title, StringComparer.CurrentCulture)];
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/processes", async Task<Ok<IReadOnlyList<Item>>> (
                string? municipality, string? status, ParticipationDb db, IMunicipalityDirectory municipalities, TimeProvider time,
                IStringLocalizer<ParticipationText> text, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(new Query(municipality, status), db, municipalities, time, text["Region.Whole"], ct)))
            .WithName("ListParticipationProcesses")
            .WithSummary("Lists the participation processes; filter by municipality (AGS, or 'region') and status (running, upcoming, finished).")
            .AllowAnonymous();
}
