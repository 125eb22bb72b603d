using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Crisis;
using SmartRegion.Help.Offers;

namespace SmartRegion.Help.Hsds;

/// <summary>
/// What decides who may change an offer: where it is offered (nationwide, covered municipalities) and whether it is a
/// crisis offer, plus the records it shows (provider, locations, categories) so that a change of one of those can be
/// traced back to the offers it touches.
/// </summary>
internal sealed record OfferState(
    string OrganizationId, bool Nationwide, IReadOnlySet<string> Ags, IReadOnlySet<string> Locations, IReadOnlySet<string> Terms, bool Crisis)
{
    /// <summary>The stored state of <paramref name="serviceIds"/> as the database has it now; unknown ids are left out.</summary>
    public static async Task<Dictionary<string, OfferState>> LoadAsync(HelpDb db, IEnumerable<string> serviceIds, CancellationToken ct)
    {
        var ids = serviceIds.Distinct(StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, OfferState>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return result;
        }

        var codes = ListCrisisHotlines.AllCrisisCategories.ToList();
        var crisisTerms = (await db.TaxonomyTerms.AsNoTracking().Where(t => t.Code != null && codes.Contains(t.Code)).Select(t => t.Id).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var services = await db.Services.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.OrganizationId, s.IsNationwide }).ToListAsync(ct);
        var ags = (await db.Set<ServiceMunicipality>().AsNoTracking().Where(m => ids.Contains(m.ServiceId)).Select(m => new { m.ServiceId, m.Ags }).ToListAsync(ct))
            .ToLookup(m => m.ServiceId, m => m.Ags, StringComparer.Ordinal);
        var terms = (await db.Set<ServiceAttribute>().AsNoTracking().Where(a => ids.Contains(a.ServiceId)).Select(a => new { a.ServiceId, a.TaxonomyTermId }).ToListAsync(ct))
            .ToLookup(a => a.ServiceId, a => a.TaxonomyTermId, StringComparer.Ordinal);
        var locations = (await db.ServiceAtLocations.AsNoTracking().Where(l => ids.Contains(l.ServiceId)).Select(l => new { l.ServiceId, l.LocationId }).ToListAsync(ct))
            .ToLookup(l => l.ServiceId, l => l.LocationId, StringComparer.Ordinal);
        foreach (var s in services)
        {
            var serviceTerms = terms[s.Id].ToHashSet(StringComparer.Ordinal);
            result[s.Id] = new OfferState(
                s.OrganizationId, s.IsNationwide, ags[s.Id].ToHashSet(StringComparer.Ordinal), locations[s.Id].ToHashSet(StringComparer.Ordinal),
                serviceTerms, serviceTerms.Overlaps(crisisTerms));
        }

        return result;
    }

    /// <summary>
    /// True when the stored offer or the proposed one (<paramref name="proposed"/>) has a crisis category: its phone
    /// numbers are shown to people in acute danger, so only region admins approve a change of it.
    /// </summary>
    public static async Task<bool> TouchesCrisisAsync(HelpDb db, string serviceId, HsdsFile proposed, CancellationToken ct)
    {
        var stored = await db.Set<ServiceAttribute>().Where(a => a.ServiceId == serviceId).Select(a => a.TaxonomyTermId).ToListAsync(ct);
        return await IsCrisisAsync(db, stored.Concat(proposed.Services.SelectMany(s => s.Attributes ?? []).Select(a => a.TaxonomyTermId)), ct);
    }

    /// <summary>True when one of the categories is a crisis category.</summary>
    public static async Task<bool> IsCrisisAsync(HelpDb db, IEnumerable<string> termIds, CancellationToken ct)
    {
        var ids = termIds.ToList();
        var codes = ListCrisisHotlines.AllCrisisCategories.ToList();
        return ids.Count > 0 && await db.TaxonomyTerms.AnyAsync(t => ids.Contains(t.Id) && t.Code != null && codes.Contains(t.Code), ct);
    }
}
