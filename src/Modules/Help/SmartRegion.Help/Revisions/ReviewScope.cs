using SmartRegion.Help.Hsds;
using SmartRegion.Help.Offers;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.Help.Revisions;

/// <summary>
/// Who reviews a change: staff (or municipality admins) of a municipality the offer covers, before or after the
/// change. The Hub has no district among its municipalities and hence no district staff: an offer for a whole
/// district (all its municipalities, e.g. "Kreisschlüssel 09679") or nationwide is reviewed by region admins.
/// </summary>
internal static class ReviewScope
{
    public static (bool ByRegion, IReadOnlyList<string> Ags) For(
        HsdsFile proposed, IReadOnlyList<string> liveAgs, bool liveNationwide, IReadOnlyList<MunicipalitySummary> municipalities)
    {
        var service = proposed.Services[0];
        var areas = (service.ServiceAreas ?? []).Select(a => new ServiceArea { Id = a.Id, ServiceId = service.Id, Name = a.Name, Description = a.Description });
        var cities = proposed.Locations.SelectMany(l => l.Addresses ?? []).Select(a => a.City);
        var (nationwide, covered) = ServiceCoverage.Derive(areas, cities, municipalities);
        covered.UnionWith(liveAgs);
        var byRegion = nationwide || liveNationwide || covered.Count == 0 || CoversWholeDistrict(covered, municipalities);
        return (byRegion, [.. covered]);
    }

    /// <summary>True when the person may review a revision with this scope.</summary>
    public static bool CanReview(this ICurrentPerson person, OfferRevision revision) =>
        person.IsSignedIn && (person.IsRegionAdmin
            || (!revision.ReviewedByRegion && revision.ReviewMunicipalities.Any(ags => person.CanActFor(ags, HubRoles.Staff))));

    /// <summary>True when the person may review changes of a live offer with this coverage.</summary>
    public static bool CanReviewOffer(this ICurrentPerson person, bool nationwide, IReadOnlyCollection<string> covered, IReadOnlyList<MunicipalitySummary> municipalities) =>
        person.IsSignedIn && (person.IsRegionAdmin
            || (!nationwide && covered.Count > 0 && !CoversWholeDistrict(covered.ToHashSet(StringComparer.Ordinal), municipalities) && covered.Any(ags => person.CanActFor(ags, HubRoles.Staff))));

    /// <summary>True for staff, municipality admins and region admins: people who see the review queue at all.</summary>
    public static bool IsReviewer(this ICurrentPerson person) =>
        person.IsSignedIn && (person.IsRegionAdmin || person.MunicipalitiesFor(HubRoles.Staff)!.Count > 0);

    public static bool CoversWholeDistrict(IReadOnlySet<string> covered, IReadOnlyList<MunicipalitySummary> municipalities) =>
        municipalities.GroupBy(m => m.Ags[..5], StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Any(g => g.All(m => covered.Contains(m.Ags)));
}
