using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Ui.Maps;

namespace SmartRegion.Hub.Municipalities;

/// <summary>
/// The region's municipality boundaries (BKG VG5000, embedded beside the municipality list) as the base map of every
/// map the platform draws. Read once, when a map is first drawn; names are the platform's spelling from the list.
/// </summary>
internal static class RegionBoundaries
{
    public const string Attribution = "© GeoBasis-DE / BKG (2021)";

    public static void AddRegionBoundaries(this IServiceCollection services) => services.AddSingleton(_ => Read());

    public static RegionBasemap Read()
    {
        using var stream = typeof(RegionBoundaries).Assembly.GetManifestResourceStream("SmartRegion.Hub.municipalities.geojson")
            ?? throw new InvalidOperationException("The municipality boundaries are not embedded.");
        var names = MunicipalityCsv.ReadEmbedded().ToDictionary(m => m.Ags, m => m.Name, StringComparer.Ordinal);
        return RegionBasemap.Read(stream, names, Attribution);
    }
}
