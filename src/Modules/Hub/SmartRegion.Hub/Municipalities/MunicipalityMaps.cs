using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Resources;
using SmartRegion.Ui.Maps;

namespace SmartRegion.Hub.Municipalities;

/// <summary>The two maps of the municipality pages: the whole region by population, and one municipality's location.</summary>
internal static class MunicipalityMaps
{
    public const string RegionId = "gemeinden-karte", LocationId = "lage-karte";

    /// <summary>Each municipality filled by its population class and linked to its page; bigger places get their names first.</summary>
    public static MapPicture Population(RegionBasemap basemap, IReadOnlyList<MunicipalitySummary> items, IStringLocalizer<HubText> text)
    {
        ArgumentNullException.ThrowIfNull(basemap);
        ArgumentNullException.ThrowIfNull(text);
        var byAgs = items.ToDictionary(m => m.Ags, StringComparer.Ordinal);
        var styles = items.ToDictionary(m => m.Ags, m =>
        {
            var index = PopulationClasses.Of(m.Population);
            return new MapAreaStyle("sr-map__area--class", PopulationClasses.FillId(RegionId, index), "/gemeinden/" + m.Ags,
                text["Map.AreaName", m.Name, m.Population.ToString("N0", CultureInfo.CurrentCulture), PopulationClasses.Text(index, text)]);
        }, StringComparer.Ordinal);
        return new MapPicture(RegionId, text["Map.Title"], text["Map.Desc", items.Count, PopulationClasses.Count], basemap, basemap.RegionFrame())
        {
            AreaStyles = styles,
            Fills = PopulationClasses.Fills(RegionId),
            LabelPriority = a => byAgs.TryGetValue(a.Key, out var m) ? m.Population : 0,
        };
    }

    /// <summary>The region with one municipality highlighted and named before any other.</summary>
    public static MapPicture Location(RegionBasemap basemap, MunicipalitySummary municipality, IStringLocalizer<HubText> text)
    {
        ArgumentNullException.ThrowIfNull(basemap);
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(text);
        return new MapPicture(LocationId, text["Municipality.MapTitle", municipality.Name], text["Municipality.MapDesc", municipality.Name], basemap, basemap.RegionFrame())
        {
            AreaStyles = new Dictionary<string, MapAreaStyle>(StringComparer.Ordinal) { [municipality.Ags] = new("sr-map__area--highlight", LabelFirst: true) },
        };
    }
}
