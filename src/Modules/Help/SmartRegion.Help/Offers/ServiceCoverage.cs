using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.Municipalities;

namespace SmartRegion.Help.Offers;

/// <summary>
/// German profile: which municipalities (AGS) a service covers. Derived from its HSDS service areas — "AGS 09679147"
/// in the description names one municipality, "Kreisschlüssel 09679" the whole district, "bundesweit" everywhere —
/// and from the cities of its locations (the municipality's official name, joined to the Hub's directory).
/// </summary>
internal static partial class ServiceCoverage
{
    public const string Nationwide = "bundesweit";

    /// <summary>The covered municipalities and whether the service is offered nationwide.</summary>
    public static (bool Nationwide, SortedSet<string> Ags) Derive(
        IEnumerable<ServiceArea> areas, IEnumerable<string> locationCities, IReadOnlyList<MunicipalitySummary> municipalities)
    {
        var nationwide = false;
        var covered = new SortedSet<string>(StringComparer.Ordinal);
        var byName = municipalities.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Ags, StringComparer.OrdinalIgnoreCase);
        foreach (var area in areas)
        {
            var text = $"{area.Name} {area.Description}";
            if (text.Contains(Nationwide, StringComparison.OrdinalIgnoreCase))
            {
                nationwide = true;
                continue;
            }

            var found = false;
            foreach (Match match in AgsPattern().Matches(text))
            {
                covered.Add(match.Groups[1].Value);
                found = true;
            }

            foreach (Match match in DistrictPattern().Matches(text))
            {
                var district = match.Groups[1].Value;
                covered.UnionWith(municipalities.Where(m => m.Ags.StartsWith(district, StringComparison.Ordinal)).Select(m => m.Ags));
                found = true;
            }

            if (!found && area.Name is { } name && byName.TryGetValue(name.Trim(), out var ags))
            {
                covered.Add(ags);
            }
        }

        foreach (var city in locationCities)
        {
            if (byName.TryGetValue(city.Trim(), out var ags))
            {
                covered.Add(ags);
            }
        }

        return (nationwide, covered);
    }

    /// <summary>Recomputes the covered municipalities of <paramref name="serviceIds"/>; adds those whose coverage changed to <paramref name="changed"/>.</summary>
    public static async Task UpdateAsync(
        HelpDb db, IReadOnlyCollection<string> serviceIds, IReadOnlyList<MunicipalitySummary> municipalities, ISet<string> changed, CancellationToken ct)
    {
        if (serviceIds.Count == 0)
        {
            return;
        }

        var ids = serviceIds.ToList();
        var services = await db.Services.Include(s => s.ServiceAreas).Include(s => s.Municipalities).AsSplitQuery()
            .Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        var cities = await (
                from link in db.ServiceAtLocations
                join address in db.Set<Address>() on link.LocationId equals address.LocationId
                where ids.Contains(link.ServiceId)
                select new { link.ServiceId, address.City })
            .ToListAsync(ct);
        var citiesByService = cities.ToLookup(c => c.ServiceId, c => c.City, StringComparer.Ordinal);
        foreach (var service in services)
        {
            var (nationwide, covered) = Derive(service.ServiceAreas, citiesByService[service.Id], municipalities);
            var before = service.Municipalities.Select(m => m.Ags).ToHashSet(StringComparer.Ordinal);
            if (service.IsNationwide == nationwide && before.SetEquals(covered))
            {
                continue;
            }

            service.IsNationwide = nationwide;
            foreach (var gone in service.Municipalities.Where(m => !covered.Contains(m.Ags)).ToList())
            {
                service.Municipalities.Remove(gone);
                db.Remove(gone);
            }

            foreach (var ags in covered.Where(a => !before.Contains(a)))
            {
                var added = new ServiceMunicipality { ServiceId = service.Id, Ags = ags };
                service.Municipalities.Add(added);
                db.Add(added);
            }

            changed.Add(service.Id);
        }
    }

    [GeneratedRegex(@"\bAGS\s*(\d{8})\b")]
    private static partial Regex AgsPattern();

    [GeneratedRegex(@"Kreisschl(?:ü|ue)ssel\s*(\d{5})\b")]
    private static partial Regex DistrictPattern();
}
