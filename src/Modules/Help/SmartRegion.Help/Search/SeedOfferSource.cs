using System.Text.Json;
using SmartRegion.Help.Hsds;

namespace SmartRegion.Help.Search;

/// <summary>
/// Offers from an HSDS file: the demo offers embedded in the module (<c>Hsds/Seed/offers.json</c>) by default, or the
/// file <c>Modules:Help:OfferFile</c> names (the benchmark's 10,000 offers). The running platform reads the database instead.
/// </summary>
internal sealed class SeedOfferSource(string? path = null) : IOfferSource
{
    private readonly Lazy<HsdsFile> _file = new(() => path is null ? Load() : LoadFile(path));

    public static HsdsFile Load()
    {
        using var stream = typeof(SeedOfferSource).Assembly.GetManifestResourceStream("SmartRegion.Help.offers.json")
            ?? throw new InvalidOperationException("The demo offers are not embedded.");
        return JsonSerializer.Deserialize<HsdsFile>(stream, HsdsFile.Json) ?? throw new InvalidDataException("The demo offers are empty.");
    }

    public static HsdsFile LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<HsdsFile>(stream, HsdsFile.Json) ?? throw new InvalidDataException($"{path} holds no offers.");
    }

    public Task<HsdsFile> ReadAsync(IReadOnlyCollection<string>? serviceIds, CancellationToken cancellationToken) =>
        Task.FromResult(serviceIds is null ? _file.Value : Only(_file.Value, serviceIds));

    /// <summary>The given services with everything they link to.</summary>
    public static HsdsFile Only(HsdsFile file, IReadOnlyCollection<string> serviceIds)
    {
        var ids = serviceIds.ToHashSet(StringComparer.Ordinal);
        var services = file.Services.Where(s => ids.Contains(s.Id)).ToList();
        var links = file.ServiceAtLocations.Where(l => ids.Contains(l.ServiceId)).ToList();
        var locations = links.Select(l => l.LocationId).ToHashSet(StringComparer.Ordinal);
        var organizations = services.Select(s => s.OrganizationId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new HsdsFile(
            [.. file.Organizations.Where(o => organizations.Contains(o.Id))],
            services,
            [.. file.Locations.Where(l => locations.Contains(l.Id))],
            links,
            file.TaxonomyTerms);
    }
}
