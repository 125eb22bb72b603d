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

/// <summary>
/// HSDS <c>GET /service_at_locations</c>: a page of services at locations; with <c>proximity</c> only those within the
/// radius, nearest first.
/// </summary>
internal static class ListServiceAtLocations
{
    internal sealed record Request(
        string? Search = null, string? Page = null, string? PerPage = null, string? ModifiedAfter = null, string? TaxonomyTermId = null,
        string? TaxonomyId = null, string? OrganizationId = null, string? Full = null, string? Format = null, string? Postcode = null, string? Proximity = null);

    public static async Task<Outcome<JsonObject>> ExecuteAsync(Request request, HelpDb db, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var paging = HsdsQuery.ReadPaging(request.Page, request.PerPage, errors);
        var modifiedAfter = HsdsQuery.ReadDateTime(request.ModifiedAfter, "modified_after", errors);
        var full = HsdsQuery.ReadBool(request.Full, "full", errors);
        HsdsQuery.ReadFormat(request.Format, errors);
        var (postcode, proximity) = await HsdsQuery.ReadPlaceAsync(db, request.Postcode, request.Proximity, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<JsonObject>.Invalid(errors);
        }

        var services = ListServices.Filter(db, db.Services, request.Search, modifiedAfter, request.TaxonomyTermId, request.TaxonomyId, request.OrganizationId);
        var query = from link in db.ServiceAtLocations.AsNoTracking()
                    join service in services on link.ServiceId equals service.Id
                    join location in db.Locations on link.LocationId equals location.Id
                    select new { link.Id, service.Name, location.Latitude, location.Longitude, LocationId = location.Id };
        if (postcode is not null && proximity is null)
        {
            var locations = db.Set<Address>().Where(a => a.PostalCode == postcode).Select(a => a.LocationId);
            query = query.Where(x => locations.Contains(x.LocationId));
        }

        List<string> ids;
        int total;
        if (proximity is { } near)
        {
            var candidates = await query.Where(x => x.Latitude != null && x.Longitude != null).ToListAsync(ct);
            var inside = candidates
                .Select(x => (x.Id, x.Name, Distance: HsdsQuery.DistanceMeters(near.Latitude, near.Longitude, x.Latitude!.Value, x.Longitude!.Value)))
                .Where(x => x.Distance <= near.Meters)
                .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal).ThenBy(x => x.Id, StringComparer.Ordinal)
                .ToList();
            total = inside.Count;
            ids = [.. inside.Skip(paging.Skip).Take(paging.PerPage).Select(x => x.Id)];
        }
        else
        {
            total = await query.CountAsync(ct);
            ids = await query.OrderBy(x => x.Name).ThenBy(x => x.Id).Skip(paging.Skip).Take(paging.PerPage).Select(x => x.Id).ToListAsync(ct);
        }

        var serviceIds = await db.ServiceAtLocations.Where(s => ids.Contains(s.Id)).Select(s => s.ServiceId).Distinct().ToListAsync(ct);
        var file = await HsdsExport.ReadAsync(db, serviceIds, ct);
        var byId = file.ServiceAtLocations.ToDictionary(s => s.Id, StringComparer.Ordinal);
        return Outcome<JsonObject>.Ok(HsdsQuery.Page(
            ids.Select(id => (JsonNode)(full ? HsdsCompiled.ServiceAtLocation(byId[id], file, withService: true) : HsdsCompiled.ServiceAtLocationListItem(byId[id], file))),
            total, paging));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/service_at_locations", async Task<Results<Ok<JsonObject>, ValidationProblem>> (
                [FromQuery] string? search, [FromQuery] string? page, [FromQuery(Name = "per_page")] string? perPage,
                [FromQuery(Name = "modified_after")] string? modifiedAfter, [FromQuery(Name = "taxonomy_term_id")] string? taxonomyTermId,
                [FromQuery(Name = "taxonomy_id")] string? taxonomyId, [FromQuery(Name = "organization_id")] string? organizationId,
                [FromQuery] string? full, [FromQuery] string? format, [FromQuery] string? postcode, [FromQuery] string? proximity, HelpDb db, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(
                    new Request(search, page, perPage, modifiedAfter, taxonomyTermId, taxonomyId, organizationId, full, format, postcode, proximity), db, ct);
                return outcome.IsOk ? TypedResults.Ok(outcome.Value!) : outcome.ToValidationProblem();
            })
            .AllowAnonymous()
            .WithName("ListHsdsServiceAtLocations")
            .WithSummary("HSDS 3.0: a page of services at locations (search, filters, postcode, proximity = metres around the postcode or lat,lon,metres).");
}
