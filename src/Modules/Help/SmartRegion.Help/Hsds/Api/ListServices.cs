using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Offers;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Hsds.Api;

/// <summary>HSDS <c>GET /services</c>: a page of services, filtered as the HSDS OpenAPI describes.</summary>
internal static class ListServices
{
    internal sealed record Request(
        string? Search = null, string? Page = null, string? PerPage = null, string? ModifiedAfter = null, string? TaxonomyTermId = null,
        string? TaxonomyId = null, string? OrganizationId = null, string? Minimal = null, string? Full = null, string? Format = null);

    public static async Task<Outcome<JsonObject>> ExecuteAsync(Request request, HelpDb db, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var paging = HsdsQuery.ReadPaging(request.Page, request.PerPage, errors);
        var modifiedAfter = HsdsQuery.ReadDateTime(request.ModifiedAfter, "modified_after", errors);
        var minimal = HsdsQuery.ReadBool(request.Minimal, "minimal", errors);
        var full = HsdsQuery.ReadBool(request.Full, "full", errors);
        HsdsQuery.ReadFormat(request.Format, errors);
        if (!errors.IsEmpty)
        {
            return Outcome<JsonObject>.Invalid(errors);
        }

        var query = Filter(db, db.Services.AsNoTracking(), request.Search, modifiedAfter, request.TaxonomyTermId, request.TaxonomyId, request.OrganizationId);
        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(s => s.Name).ThenBy(s => s.Id).Skip(paging.Skip).Take(paging.PerPage)
            .Select(s => new { s.Id, s.Name, s.Status, s.LastModified }).ToListAsync(ct);
        if (minimal)
        {
            return Outcome<JsonObject>.Ok(HsdsQuery.Page(
                page.Select(s => (JsonNode)new JsonObject { ["id"] = s.Id, ["name"] = s.Name, ["status"] = s.Status, ["last_modified"] = s.LastModified }),
                total, paging));
        }

        var file = await HsdsExport.ReadAsync(db, [.. page.Select(s => s.Id)], ct);
        var byId = file.Services.ToDictionary(s => s.Id, StringComparer.Ordinal);
        return Outcome<JsonObject>.Ok(HsdsQuery.Page(
            page.Select(s => (JsonNode)(full ? HsdsCompiled.Service(byId[s.Id], file) : HsdsCompiled.ServiceListItem(byId[s.Id], file))),
            total, paging));
    }

    /// <summary>The filters <c>/services</c> and <c>/service_at_locations</c> share.</summary>
    internal static IQueryable<Service> Filter(
        HelpDb db, IQueryable<Service> query, string? search, DateTimeOffset? modifiedAfter, string? taxonomyTermId, string? taxonomyId, string? organizationId)
    {
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = HsdsQuery.LikePattern(search);
            query = query.Where(s => EF.Functions.Like(s.Name.ToLower(), text, "\\") || (s.Description != null && EF.Functions.Like(s.Description.ToLower(), text, "\\")));
        }

        if (modifiedAfter is { } after)
        {
            query = query.Where(s => s.LastModified >= after);
        }

        if (!string.IsNullOrEmpty(taxonomyTermId))
        {
            // A top-level term finds the services filed under its sub-terms too.
            query = query.Where(s => s.Attributes.Any(a => a.TaxonomyTermId == taxonomyTermId
                || db.TaxonomyTerms.Any(t => t.Id == a.TaxonomyTermId && t.ParentId == taxonomyTermId)));
        }

        if (!string.IsNullOrEmpty(taxonomyId))
        {
            query = query.Where(s => s.Attributes.Any(a => db.TaxonomyTerms.Any(t => t.Id == a.TaxonomyTermId && t.EffectiveTaxonomyId == taxonomyId)));
        }

        if (!string.IsNullOrEmpty(organizationId))
        {
            query = query.Where(s => s.OrganizationId == organizationId);
        }

        return query;
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/services", async Task<Results<Ok<JsonObject>, ValidationProblem>> (
                [FromQuery] string? search, [FromQuery] string? page, [FromQuery(Name = "per_page")] string? perPage,
                [FromQuery(Name = "modified_after")] string? modifiedAfter, [FromQuery(Name = "taxonomy_term_id")] string? taxonomyTermId,
                [FromQuery(Name = "taxonomy_id")] string? taxonomyId, [FromQuery(Name = "organization_id")] string? organizationId,
                [FromQuery] string? minimal, [FromQuery] string? full, [FromQuery] string? format, HelpDb db, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(new Request(search, page, perPage, modifiedAfter, taxonomyTermId, taxonomyId, organizationId, minimal, full, format), db, ct);
                return outcome.IsOk ? TypedResults.Ok(outcome.Value!) : outcome.ToValidationProblem();
            })
            .AllowAnonymous()
            .WithName("ListHsdsServices")
            .WithSummary("HSDS 3.0: a page of services (search, modified_after, taxonomy_term_id, taxonomy_id, organization_id, minimal, full).");
}
