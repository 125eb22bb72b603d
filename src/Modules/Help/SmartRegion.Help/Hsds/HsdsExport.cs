using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Offers;

namespace SmartRegion.Help.Hsds;

/// <summary>
/// Writes the directory as an HSDS 3.0 file (the normalised form the import reads): everything, or only the given
/// services with exactly the organizations, locations, service-at-location links and taxonomy terms they need.
/// The search index is built from this too.
/// </summary>
internal static class HsdsExport
{
    public const string FileName = "wie-gehts-hsds.json";

    public static async Task<HsdsFile> ReadAsync(HelpDb db, IReadOnlyCollection<string>? serviceIds, CancellationToken ct)
    {
        var ids = serviceIds?.Distinct(StringComparer.Ordinal).ToList();
        var serviceQuery = db.Services.AsNoTracking()
            .Include(s => s.Phones).Include(s => s.Languages).Include(s => s.CostOptions).Include(s => s.ServiceAreas).Include(s => s.Attributes)
            .AsSplitQuery();
        var services = await (ids is null ? serviceQuery : serviceQuery.Where(s => ids.Contains(s.Id))).OrderBy(s => s.Id).ToListAsync(ct);
        var foundIds = services.Select(s => s.Id).ToList();

        var linkQuery = db.ServiceAtLocations.AsNoTracking().Include(s => s.Schedules);
        var links = await (ids is null ? linkQuery : linkQuery.Where(s => foundIds.Contains(s.ServiceId))).OrderBy(s => s.Id).ToListAsync(ct);

        var locationQuery = db.Locations.AsNoTracking().Include(l => l.Addresses).Include(l => l.Accessibility).AsSplitQuery();
        var locationIds = links.Select(l => l.LocationId).Distinct().ToList();
        var locations = await (ids is null ? locationQuery : locationQuery.Where(l => locationIds.Contains(l.Id))).OrderBy(l => l.Id).ToListAsync(ct);

        var organizationQuery = db.Organizations.AsNoTracking().Include(o => o.Phones);
        var organizationIds = services.Select(s => s.OrganizationId).Concat(locations.Select(l => l.OrganizationId).OfType<string>()).Distinct().ToList();
        var organizations = await (ids is null ? organizationQuery : organizationQuery.Where(o => organizationIds.Contains(o.Id))).OrderBy(o => o.Id).ToListAsync(ct);

        List<TaxonomyTerm> terms;
        if (ids is null)
        {
            terms = await db.TaxonomyTerms.AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct);
        }
        else
        {
            // The terms the services use, and their ancestors, so every parent_id resolves.
            var wanted = services.SelectMany(s => s.Attributes).Select(a => a.TaxonomyTermId).ToHashSet(StringComparer.Ordinal);
            var found = new Dictionary<string, TaxonomyTerm>(StringComparer.Ordinal);
            while (wanted.Count > 0)
            {
                var batch = wanted.ToList();
                foreach (var term in await db.TaxonomyTerms.AsNoTracking().Where(t => batch.Contains(t.Id)).ToListAsync(ct))
                {
                    found[term.Id] = term;
                }

                wanted = found.Values.Select(t => t.ParentId).OfType<string>().Where(p => !found.ContainsKey(p)).ToHashSet(StringComparer.Ordinal);
                wanted.ExceptWith(batch);
            }

            terms = [.. found.Values.OrderBy(t => t.Id, StringComparer.Ordinal)];
        }

        var taxonomyIds = terms.Select(t => t.TaxonomyId).OfType<string>().Distinct().ToList();
        var taxonomyQuery = db.Taxonomies.AsNoTracking().Where(t => !t.IsDerived);
        var taxonomies = await (ids is null ? taxonomyQuery : taxonomyQuery.Where(t => taxonomyIds.Contains(t.Id))).OrderBy(t => t.Id).ToListAsync(ct);

        return new HsdsFile(
            [.. organizations.Select(o => o.ToHsds())],
            [.. services.Select(s => s.ToHsds())],
            [.. locations.Select(l => l.ToHsds())],
            [.. links.Select(l => l.ToHsds())],
            [.. terms.Select(t => t.ToHsds())],
            taxonomies.Count == 0 ? null : [.. taxonomies.Select(t => t.ToHsds())]);
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/export", async (HelpDb db, CancellationToken ct) =>
            {
                var file = await ReadAsync(db, null, ct);
                return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(file, HsdsFile.Json), "application/json", FileName);
            })
            .AllowAnonymous()
            .WithName("ExportHsds")
            .WithSummary("The whole help directory as an HSDS 3.0 file (organizations, services, locations, service_at_locations, taxonomy_terms).");
}
