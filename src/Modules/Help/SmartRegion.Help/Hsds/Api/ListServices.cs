using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Offers;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Hsds.Api;

/// <summary>
/// HSDS <c>GET /services</c>: a page of services, filtered as the HSDS OpenAPI describes. <c>postcode</c> keeps the
/// services whose service area holds it (a location there, the municipality it belongs to, or nationwide);
/// with <c>proximity</c> only those with a location within the radius, nearest first.
/// </summary>
internal static class ListServices
{
    internal sealed record Request(
        string? Search = null, string? Page = null, string? PerPage = null, string? ModifiedAfter = null, string? TaxonomyTermId = null,
        string? TaxonomyId = null, string? OrganizationId = null, string? Minimal = null, string? Full = null, string? Format = null,
        string? Postcode = null, string? Proximity = null);

    public static async Task<Outcome<JsonObject>> ExecuteAsync(Request request, HelpDb db, IMunicipalityDirectory municipalities, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var paging = HsdsQuery.ReadPaging(request.Page, request.PerPage, errors);
        var modifiedAfter = HsdsQuery.ReadDateTime(request.ModifiedAfter, "modified_after", errors);
        var minimal = HsdsQuery.ReadBool(request.Minimal, "minimal", errors);
        var full = HsdsQuery.ReadBool(request.Full, "full", errors);
        HsdsQuery.ReadFormat(request.Format, errors);
        var (postcode, near) = await HsdsQuery.ReadPlaceAsync(db, request.Postcode, request.Proximity, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<JsonObject>.Invalid(errors);
        }

        var query = Filter(db, db.Services.AsNoTracking(), request.Search, modifiedAfter, request.TaxonomyTermId, request.TaxonomyId, request.OrganizationId);
        if (postcode is not null && near is null)
        {
            var cities = await db.Set<Address>().Where(a => a.PostalCode == postcode).Select(a => a.City).Distinct().ToListAsync(ct);
            var ags = (await municipalities.ListAsync(ct)).Where(m => cities.Contains(m.Name, StringComparer.OrdinalIgnoreCase)).Select(m => m.Ags).ToList();
            var located = from link in db.ServiceAtLocations
                          join address in db.Set<Address>() on link.LocationId equals address.LocationId
                          where address.PostalCode == postcode
                          select link.ServiceId;
            query = query.Where(s => s.IsNationwide || located.Contains(s.Id) || s.Municipalities.Any(m => ags.Contains(m.Ags)));
        }

        int total;
        List<(string Id, string Name, string Status, DateTimeOffset LastModified)> page;
        if (near is not null)
        {
            (total, page) = await NearestAsync(db, query, near, paging, ct);
        }
        else
        {
            total = await query.CountAsync(ct);
            page = [.. (await query.OrderBy(s => s.Name).ThenBy(s => s.Id).Skip(paging.Skip).Take(paging.PerPage)
                .Select(s => new { s.Id, s.Name, s.Status, s.LastModified }).ToListAsync(ct)).Select(s => (s.Id, s.Name, s.Status, s.LastModified))];
        }
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

    /// <summary>The services with a location within the radius, nearest first (the region's few hundred locations are measured in memory).</summary>
    private static async Task<(int Total, List<(string Id, string Name, string Status, DateTimeOffset LastModified)> Page)> NearestAsync(
        HelpDb db, IQueryable<Service> services, HsdsQuery.Proximity near, HsdsQuery.Paging paging, CancellationToken ct)
    {
        var candidates = await (from service in services
                                join link in db.ServiceAtLocations on service.Id equals link.ServiceId
                                join location in db.Locations on link.LocationId equals location.Id
                                where location.Latitude != null && location.Longitude != null
                                select new { service.Id, service.Name, service.Status, service.LastModified, location.Latitude, location.Longitude }).ToListAsync(ct);
        var inside = candidates
            .Select(c => (c.Id, c.Name, c.Status, c.LastModified, Distance: HsdsQuery.DistanceMeters(near.Latitude, near.Longitude, c.Latitude!.Value, c.Longitude!.Value)))
            .Where(c => c.Distance <= near.Meters)
            .GroupBy(c => c.Id, StringComparer.Ordinal)
            .Select(g => g.MinBy(c => c.Distance))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        return (inside.Count, [.. inside.Skip(paging.Skip).Take(paging.PerPage).Select(c => (c.Id, c.Name, c.Status, c.LastModified))]);
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
                [FromQuery] string? minimal, [FromQuery] string? full, [FromQuery] string? format, [FromQuery] string? postcode, [FromQuery] string? proximity,
                HelpDb db, IMunicipalityDirectory municipalities, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(
                    new Request(search, page, perPage, modifiedAfter, taxonomyTermId, taxonomyId, organizationId, minimal, full, format, postcode, proximity), db, municipalities, ct);
                return outcome.IsOk ? TypedResults.Ok(outcome.Value!) : outcome.ToValidationProblem();
            })
            .AllowAnonymous()
            .WithName("ListHsdsServices")
            .WithSummary("HSDS 3.0: a page of services (search, modified_after, taxonomy_term_id, taxonomy_id, organization_id, minimal, full, postcode, proximity = metres around the postcode or lat,lon,metres).");
}
