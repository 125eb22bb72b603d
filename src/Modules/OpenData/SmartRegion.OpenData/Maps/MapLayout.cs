using System.Globalization;
using SmartRegion.Ui.Maps;

namespace SmartRegion.OpenData.Maps;

/// <summary>
/// The frame of a file's map: its features' box, at least 6 km across so the municipality borders and names around a single
/// point still show. With a tile server the scale is that of the largest zoom level at which the box still fits, so
/// whole tiles line up beneath the base map.
/// </summary>
internal sealed class MapLayout
{
    public const double TileSize = 256;

    private const double MinSpanMetres = 6_000;

    internal sealed record Tile(double X, double Y, string Href);

    public MapLayout(GeoPosition min, GeoPosition max, MapOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (southWest, northEast) = (World(min), World(max));
        var fit = MapFrame.Fit(new WorldPoint(southWest.X, northEast.Y), new WorldPoint(northEast.X, southWest.Y), MinSpanMetres);
        if (!options.HasTiles)
        {
            Frame = fit;
            Tiles = [];
            return;
        }

        Zoom = Math.Clamp((int)Math.Floor(Math.Log2(fit.Scale / TileSize)), 0, options.MaxZoom);
        var centre = new WorldPoint((southWest.X + northEast.X) / 2, (southWest.Y + northEast.Y) / 2);
        Frame = new MapFrame(centre, TileSize * Math.Pow(2, Zoom.Value), fit.Width, fit.Height);
        Tiles = CoveringTiles(options.TileUrlTemplate!);
    }

    public MapFrame Frame { get; }

    /// <summary>The tile zoom level; null without a tile server.</summary>
    public int? Zoom { get; }

    public IReadOnlyList<MapTile> Tiles { get; }

    public static WorldPoint World(GeoPosition position) => new GeoPoint(position.Longitude, position.Latitude).ToWorld();

    private List<MapTile> CoveringTiles(string template)
    {
        var zoom = Zoom!.Value;
        var count = 1 << zoom;
        var tiles = new List<MapTile>();
        var (left, top) = (Frame.Left, Frame.Top);
        var firstY = Math.Max(0, (int)Math.Floor(top / TileSize));
        var lastY = Math.Min(count - 1, (int)Math.Floor((top + Frame.Height) / TileSize));
        for (var ty = firstY; ty <= lastY; ty++)
        {
            for (var tx = (int)Math.Floor(left / TileSize); tx <= (int)Math.Floor((left + Frame.Width) / TileSize); tx++)
            {
                // Across the antimeridian the same tiles repeat.
                var wrapped = ((tx % count) + count) % count;
                var href = template.Replace("{z}", Text(zoom), StringComparison.Ordinal).Replace("{x}", Text(wrapped), StringComparison.Ordinal)
                    .Replace("{y}", Text(ty), StringComparison.Ordinal);
                tiles.Add(new MapTile((tx * TileSize) - left, (ty * TileSize) - top, TileSize, href));
            }
        }

        return tiles;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
