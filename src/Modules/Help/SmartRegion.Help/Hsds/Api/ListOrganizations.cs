using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Hsds.Api;

/// <summary>HSDS <c>GET /organizations</c>: a page of organizations (with <c>full</c>: compiled, with their services).</summary>
internal static class ListOrganizations
{
    internal sealed record Request(string? Search = null, string? Page = null, string? PerPage = null, string? Full = null, string? FullService = null, string? Format = null);

    public static async Task<Outcome<JsonObject>> ExecuteAsync(Request request, HelpDb db, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var paging = HsdsQuery.ReadPaging(request.Page, request.PerPage, errors);
        var full = HsdsQuery.ReadBool(request.Full, "full", errors);
        var fullService = HsdsQuery.ReadBool(request.FullService, "full_service", errors);
        HsdsQuery.ReadFormat(request.Format, errors);
        if (!errors.IsEmpty)
        {
            return Outcome<JsonObject>.Invalid(errors);
        }

        var query = db.Organizations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var text = HsdsQuery.LikePattern(request.Search);
            query = query.Where(o => EF.Functions.Like(o.Name.ToLower(), text, "\\") || EF.Functions.Like(o.Description.ToLower(), text, "\\"));
        }

        var total = await query.CountAsync(ct);
        var organizations = await query.Include(o => o.Phones).OrderBy(o => o.Name).ThenBy(o => o.Id).Skip(paging.Skip).Take(paging.PerPage).ToListAsync(ct);
        if (!full && !fullService)
        {
            return Outcome<JsonObject>.Ok(HsdsQuery.Page(organizations.Select(o => (JsonNode)HsdsCompiled.OrganizationListItem(o.ToHsds())), total, paging));
        }

        var ids = organizations.Select(o => o.Id).ToList();
        var serviceIds = await db.Services.Where(s => ids.Contains(s.OrganizationId)).Select(s => s.Id).ToListAsync(ct);
        var file = await HsdsExport.ReadAsync(db, serviceIds, ct);
        return Outcome<JsonObject>.Ok(HsdsQuery.Page(organizations.Select(o => (JsonNode)HsdsCompiled.Organization(o.ToHsds(), file, fullService)), total, paging));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/organizations", async Task<Results<Ok<JsonObject>, ValidationProblem>> (
                [FromQuery] string? search, [FromQuery] string? page, [FromQuery(Name = "per_page")] string? perPage, [FromQuery] string? full,
                [FromQuery(Name = "full_service")] string? fullService, [FromQuery] string? format, HelpDb db, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(new Request(search, page, perPage, full, fullService, format), db, ct);
                return outcome.IsOk ? TypedResults.Ok(outcome.Value!) : outcome.ToValidationProblem();
            })
            .AllowAnonymous()
            .WithName("ListHsdsOrganizations")
            .WithSummary("HSDS 3.0: a page of organizations (search, full, full_service).");
}
