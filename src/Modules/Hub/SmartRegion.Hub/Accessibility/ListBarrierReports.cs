using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts;
using SmartRegion.Kernel.Paging;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Accessibility;

/// <summary>Region admins read the barrier reports, newest first.</summary>
internal static class ListBarrierReports
{
    internal sealed record Item(Guid Id, string? PageUrl, string Description, string? ContactEmail, DateTimeOffset ReportedAt);

    public static Task<Paged<Item>> ExecuteAsync(PageRequest page, HubDb db, CancellationToken cancellationToken) =>
        db.BarrierReports.AsNoTracking()
            .OrderByDescending(r => r.ReportedAt)
            .Select(r => new Item(r.Id, r.PageUrl, r.Description, r.ContactEmail, r.ReportedAt))
            .ToPagedAsync(page, cancellationToken);

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/barrier-reports", async Task<Results<Ok<Paged<Item>>, ValidationProblem>> (
                int? page, int? pageSize, HubDb db, CancellationToken ct) =>
            {
                var errors = new ValidationErrors();
                var request = PageRequest.From(page, pageSize, errors);
                return errors.IsEmpty
                    ? TypedResults.Ok(await ExecuteAsync(request, db, ct))
                    : TypedResults.ValidationProblem(Result<Item>.Invalid(errors).ErrorDictionary);
            })
            .WithName("ListBarrierReports")
            .WithSummary("Lists reported accessibility barriers (region admins).")
            .RequireAuthorization(HubPolicies.RegionAdmin);
}
