using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SmartRegion.Help.Hsds;
using SmartRegion.Help.Search;

namespace SmartRegion.Bench.HelpSearch;

/// <summary>
/// The demo offers grown to N services, deterministically: the 259 originals, then variants of the offers with an
/// address, each moved to another municipality of the region (location near its centre, service area its AGS), with
/// the sentences of its description in another order. Hotlines are not copied (there is one of each in Germany).
/// </summary>
internal static class Expansion
{
    public static int Run(int count, string path)
    {
        var file = Expand(SeedOfferSource.Load(), count);
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, file, HsdsFile.Json);
        Console.WriteLine($"{file.Services.Count} services, {file.Locations.Count} locations written to {path}");
        return 0;
    }

    public static HsdsFile Expand(HsdsFile seed, int count)
    {
        var municipalities = Repository.Municipalities();
        var locations = seed.Locations.ToDictionary(l => l.Id);
        var links = seed.ServiceAtLocations.ToLookup(l => l.ServiceId);
        var templates = seed.Services.Where(s => links[s.Id].Any(l => locations[l.LocationId].LocationType == "physical")).ToList();
        var services = new List<HsdsService>(seed.Services);
        var newLocations = new List<HsdsLocation>(seed.Locations);
        var newLinks = new List<HsdsServiceAtLocation>(seed.ServiceAtLocations);
        for (var i = 0; services.Count < count; i++)
        {
            var template = templates[i % templates.Count];
            var place = municipalities[(i / templates.Count + 1 + i) % municipalities.Count];
            var random = new Random(i);
            var id = Uuid($"{template.Id}/{i}");
            var sentences = (template.Description ?? "").Split(". ", StringSplitOptions.RemoveEmptyEntries).OrderBy(_ => random.Next()).ToList();
            services.Add(template with
            {
                Id = id,
                Name = $"{template.Name} ({place.Name})",
                Description = string.Join(". ", sentences).TrimEnd('.') + ".",
                ServiceAreas = [new HsdsServiceArea(Uuid(id + "/area"), id, place.Name, $"{place.Name} (AGS {place.Ags})")],
                Attributes = [.. (template.Attributes ?? []).Select((a, k) => a with { Id = Uuid($"{id}/attr/{k}"), LinkId = id })],
                Phones = null,
                Languages = [.. (template.Languages ?? []).Select((l, k) => l with { Id = Uuid($"{id}/lang/{k}"), ServiceId = id })],
                CostOptions = [.. (template.CostOptions ?? []).Select((c, k) => c with { Id = Uuid($"{id}/cost/{k}"), ServiceId = id })],
            });
            foreach (var (link, k) in links[template.Id].Select((l, k) => (l, k)))
            {
                var original = locations[link.LocationId];
                var locationId = Uuid($"{id}/loc/{k}");
                newLocations.Add(original with
                {
                    Id = locationId,
                    Latitude = (decimal)(place.Latitude + ((random.NextDouble() - 0.5) * 0.01)),
                    Longitude = (decimal)(place.Longitude + ((random.NextDouble() - 0.5) * 0.01)),
                    Addresses = [.. (original.Addresses ?? []).Select(a => a with { Id = Uuid(locationId + "/addr"), LocationId = locationId, City = place.Name })],
                    Accessibility = [.. (original.Accessibility ?? []).Select((a, m) => a with { Id = Uuid($"{locationId}/acc/{m}"), LocationId = locationId })],
                });
                var linkId = Uuid($"{id}/sal/{k}");
                newLinks.Add(link with
                {
                    Id = linkId,
                    ServiceId = id,
                    LocationId = locationId,
                    Schedules = [.. (link.Schedules ?? []).Select((s, m) => s with { Id = Uuid($"{linkId}/sch/{m}"), ServiceAtLocationId = linkId })],
                });
            }
        }

        return seed with { Services = services, Locations = newLocations, ServiceAtLocations = newLinks };
    }

    /// <summary>A stable UUID (version-4 layout) from a key, so every run writes the same file.</summary>
    private static string Uuid(string key)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(key))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }
}
