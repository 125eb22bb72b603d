using SmartRegion.Ui.Maps;

namespace SmartRegion.OpenData.Maps;

/// <summary>
/// A file's features as a map over the region's boundaries: every feature drawn, and the ones listed in the table
/// numbered with their row number, so the map and the table tell the same story.
/// </summary>
internal static class FeatureMap
{
    public const string Id = "karte";

    public static MapPicture Picture(GeoDocument document, MapLayout layout, RegionBasemap basemap, int tableRows, string title, string description)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(layout);
        var features = document.Features.Where(f => !f.Shape.IsEmpty).Select(f => new MapFeature(
            f.Number,
            [.. f.Shape.Points.Select(MapLayout.World)],
            [.. f.Shape.Lines.Select(l => l.Select(MapLayout.World).ToArray())],
            [.. f.Shape.Polygons.SelectMany(p => p).Select(r => r.Select(MapLayout.World).ToArray())],
            f.Number <= tableRows)).ToList();
        return new MapPicture(Id, title, description, basemap, layout.Frame) { Features = features, Tiles = layout.Tiles };
    }
}
