using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Kernel.Paging;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Accessibility;

/// <summary>Region admins read the barrier reports, newest first.</summary>
internal static class ListBarrierReports
{
    internal sealed record Item(Guid Id, string? PageUrl, string Description, string? ContactEmail, DateTimeOffset ReportedAt);

    public static async Task<Paged<Item>> ExecuteAsync(PageRequest page, HubDb db, IAuditLog audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(audit);
        var result = await db.BarrierReports.AsNoTracking()
            .OrderByDescending(r => r.ReportedAt)
            .Select(r => new Item(r.Id, r.PageUrl, r.Description, r.ContactEmail, r.ReportedAt))
            .ToPagedAsync(page, cancellationToken);
        // Reports may carry a contact e-mail address: every read is recorded, with the reports it showed.
        await audit.RecordAsync(new AuditRecord("barrier-reports.read", "barrier-report",
            "page=" + page.Page.ToString(CultureInfo.InvariantCulture),
            Details: result.Items.Count == 0 ? null : "ids: " + string.Join(",", result.Items.Select(i => i.Id))), cancellationToken);
        return result;
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/barrier-reports", async Task<Results<Ok<Paged<Item>>, ValidationProblem>> (
                int? page, int? pageSize, HubDb db, IAuditLog audit, CancellationToken ct) =>
            {
                var errors = new ValidationErrors();
                var request = PageRequest.From(page, pageSize, errors);
                return errors.IsEmpty
                    ? TypedResults.Ok(await ExecuteAsync(request, db, audit, ct))
                    : Outcome<Item>.Invalid(errors).ToValidationProblem();
            })
            .WithName("ListBarrierReports")
            .WithSummary("Lists reported accessibility barriers (region admins).")
            .RequireAuthorization(HubPolicies.RegionAdmin);
}
