using System.Text.RegularExpressions;
using SmartRegion.Help.Hsds;
using SmartRegion.Help.Schedules;

namespace SmartRegion.Help.Search;

/// <summary>Joins the normalised HSDS collections into one <see cref="IndexedOffer"/> per active service.</summary>
internal static partial class OfferCompiler
{
    public static IReadOnlyList<IndexedOffer> Compile(HsdsFile file, PlaceDirectory places)
    {
        var organizations = file.Organizations.ToDictionary(o => o.Id);
        var locations = file.Locations.ToDictionary(l => l.Id);
        var terms = file.TaxonomyTerms.ToDictionary(t => t.Id);
        var links = file.ServiceAtLocations.ToLookup(l => l.ServiceId);
        var agsByCity = new Dictionary<string, string?>(StringComparer.Ordinal);
        var result = new List<IndexedOffer>(file.Services.Count);
        foreach (var service in file.Services.Where(s => !string.Equals(s.Status, "inactive", StringComparison.OrdinalIgnoreCase)))
        {
            var categories = new List<HsdsTaxonomyTerm>();
            foreach (var attribute in service.Attributes ?? [])
            {
                if (terms.TryGetValue(attribute.TaxonomyTermId, out var term))
                {
                    categories.Add(term);
                    if (term.ParentId is not null && terms.TryGetValue(term.ParentId, out var parent) && !categories.Contains(parent))
                    {
                        categories.Add(parent);
                    }
                }
            }

            var sites = links[service.Id]
                .Where(l => locations.ContainsKey(l.LocationId))
                .Select(l => Site(locations[l.LocationId], l, places, agsByCity))
                .ToList();
            var areas = service.ServiceAreas ?? [];
            var areaAgs = areas.Select(a => AgsIn(a.Description)).OfType<string>()
                .Concat(sites.Select(s => s.Ags).OfType<string>())
                .Distinct(StringComparer.Ordinal).ToList();
            result.Add(new IndexedOffer(
                service.Id,
                service.Name,
                service.OrganizationId is not null && organizations.TryGetValue(service.OrganizationId, out var organization) ? organization.Name : "",
                service.Description ?? "",
                service.EligibilityDescription ?? "",
                [.. categories.Select(c => c.Code ?? c.Id).Distinct(StringComparer.Ordinal)],
                [.. categories.Select(c => c.Name).Distinct(StringComparer.Ordinal)],
                sites,
                areaAgs,
                DistrictWide: areas.Any(a => Named(a, "Landkreis Würzburg")),
                CityWide: areas.Any(a => Named(a, "Stadt Würzburg")) || areaAgs.Contains(SmartRegion.Hub.Contracts.Municipalities.Ags.Wuerzburg),
                Nationwide: areas.Any(a => Named(a, "bundesweit")),
                [.. (service.Languages ?? []).Select(LanguageCode).OfType<string>().Distinct(StringComparer.Ordinal)],
                Free: (service.CostOptions ?? []).Any(c => string.Equals(c.Option, "kostenlos", StringComparison.OrdinalIgnoreCase)),
                service.MinimumAge is { } min ? (int)min : null,
                service.MaximumAge is { } max ? (int)max : null));
        }

        return result;
    }

    /// <summary>ISO 639 code of a language entry; Leichte Sprache (code <c>de</c>) gets the code <c>leichte-sprache</c>.</summary>
    private static string? LanguageCode(HsdsLanguage language) =>
        string.Equals(language.Name, "Leichte Sprache", StringComparison.OrdinalIgnoreCase) ? SearchFilters.EasyLanguage : language.Code?.ToLowerInvariant();

    private static bool Named(HsdsServiceArea area, string name) => string.Equals(area.Name?.Trim(), name, StringComparison.OrdinalIgnoreCase);

    private static OfferSite Site(HsdsLocation location, HsdsServiceAtLocation link, PlaceDirectory places, Dictionary<string, string?> agsByCity)
    {
        var city = location.Addresses is { Count: > 0 } addresses ? addresses[0].City : null;
        string? ags = null;
        if (city is not null && !agsByCity.TryGetValue(city, out ags))
        {
            agsByCity[city] = ags = places.Find(city)?.Ags;
        }

        return new OfferSite(
            city,
            ags,
            location.Latitude is { } lat ? (double)lat : null,
            location.Longitude is { } lon ? (double)lon : null,
            string.Equals(location.LocationType, "virtual", StringComparison.OrdinalIgnoreCase),
            [.. (location.Accessibility ?? []).Select(a => SearchFilters.AccessibilityKey(a.Description ?? "")).Where(a => a.Length > 0)],
            OpeningHours.Compile((link.Schedules ?? []).Select(OpeningRule.From)));
    }

    private static string? AgsIn(string? description) =>
        description is not null && AgsPattern().Match(description) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex(@"AGS\s*(\d{8})", RegexOptions.CultureInvariant)]
    private static partial Regex AgsPattern();
}
