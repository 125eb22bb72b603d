using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Participation.Proposals;

/// <summary>A process's proposals, a page at a time, by status, newest or most supported first.</summary>
internal static class ListProposals
{
    public const int PageSize = 20;
    public const string Newest = "newest";
    public const string MostSupported = "supported";

    /// <param name="Status">One of the proposal statuses; empty for all.</param>
    /// <param name="Sort"><c>newest</c> (default) or <c>supported</c>.</param>
    /// <param name="Page">From 1.</param>
    internal sealed record Query(string? Status, string? Sort, int? Page);

    internal sealed record Item(Guid Id, string Title, string? Category, string Status, int Supports, string AuthorName, DateTimeOffset CreatedAt, bool IsDemo);

    internal sealed record Response(Guid ProcessId, string ProcessSlug, int? SupportThreshold, int Total, int Page, int PageSize, IReadOnlyList<Item> Items);

    public static async Task<Response?> ExecuteAsync(string slugOrId, Query query, ParticipationDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var processes = db.Processes.AsNoTracking();
        var process = Guid.TryParse(slugOrId, out var id)
            ? await processes.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            : await processes.SingleOrDefaultAsync(p => p.Slug == slugOrId, cancellationToken);
        if (process is null)
        {
            return null;
        }

        // Hidden proposals leave the list; their own address still says why they were hidden.
        var proposals = db.Proposals.AsNoTracking().Where(p => p.ProcessId == process.Id && p.HiddenReason == null);
        if (!string.IsNullOrEmpty(query.Status))
        {
            proposals = proposals.Where(p => p.Status == query.Status);
        }

        var total = await proposals.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page ?? 1, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = proposals.Select(p => new { Proposal = p, Supports = db.ProposalSupports.Count(s => s.ProposalId == p.Id) });
        // The id breaks ties, so two proposals of the same instant never show on two pages or on none.
        var ordered = query.Sort == MostSupported
            ? rows.OrderByDescending(r => r.Supports).ThenByDescending(r => r.Proposal.CreatedAt).ThenBy(r => r.Proposal.Id)
            : rows.OrderByDescending(r => r.Proposal.CreatedAt).ThenBy(r => r.Proposal.Id);
        var items = await ordered.Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new Item(r.Proposal.Id, r.Proposal.Title, r.Proposal.Category, r.Proposal.Status, r.Supports, r.Proposal.AuthorName, r.Proposal.CreatedAt, r.Proposal.IsDemo))
            .ToListAsync(cancellationToken);
        return new Response(process.Id, process.Slug, process.SupportThreshold, total, page, PageSize, items);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/processes/{id}/proposals", async Task<Results<Ok<Response>, NotFoundProblem>> (
                string id, string? status, string? sort, int? page, ParticipationDb db, CancellationToken ct) =>
                await ExecuteAsync(id, new Query(status, sort, page), db, ct) is { } response
                    ? TypedResults.Ok(response)
                    : new NotFoundProblem("No participation process has this id or address."))
            .WithName("ListProposals")
            .WithSummary("A process's proposals, 20 a page; filter by status (submitted, evaluating, accepted, rejected, implemented), sort by newest or supported.")
            .AllowAnonymous();
}
