using System.Globalization;

namespace SmartRegion.OpenData.Maps;

/// <summary>
/// Where things go in the map's fixed 640 × 480 view box. The bounding box of the geometry is centred and fitted with a
/// margin. With a tile server the scale is that of the largest zoom level at which the box still fits, so whole tiles
/// line up beneath the geometry; without one the box fills the view and a graticule of round degrees gives orientation.
/// </summary>
internal sealed class MapLayout
{
    public const double Width = 640, Height = 480, Margin = 32, TileSize = 256;

    /// <summary>Zoom used for a single point (a street-level view).</summary>
    private const int PointZoom = 15;

    internal sealed record Tile(double X, double Y, string Href);

    internal sealed record GridLine(double X1, double Y1, double X2, double Y2);

    private readonly double _scale, _left, _top;

    public MapLayout(GeoPosition min, GeoPosition max, MapOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (x0, y1) = WebMercator.World(min);
        var (x1, y0) = WebMercator.World(max);
        var fit = Math.Min(
            x1 > x0 ? (Width - (2 * Margin)) / (x1 - x0) : double.PositiveInfinity,
            y1 > y0 ? (Height - (2 * Margin)) / (y1 - y0) : double.PositiveInfinity);
        var maxScale = TileSize * Math.Pow(2, options.MaxZoom);
        if (double.IsPositiveInfinity(fit))
        {
            fit = TileSize * Math.Pow(2, Math.Min(PointZoom, options.MaxZoom));
        }

        if (options.HasTiles)
        {
            Zoom = Math.Clamp((int)Math.Floor(Math.Log2(fit / TileSize)), 0, options.MaxZoom);
            _scale = TileSize * Math.Pow(2, Zoom.Value);
        }
        else
        {
            _scale = Math.Min(fit, maxScale);
        }

        _left = ((x0 + x1) / 2 * _scale) - (Width / 2);
        _top = ((y0 + y1) / 2 * _scale) - (Height / 2);
        Tiles = options.HasTiles ? CoveringTiles(options.TileUrlTemplate!) : [];
        Graticule = options.HasTiles ? [] : Grid();
    }

    /// <summary>The tile zoom level; null without a tile server.</summary>
    public int? Zoom { get; }

    public IReadOnlyList<Tile> Tiles { get; }

    public IReadOnlyList<GridLine> Graticule { get; }

    public (double X, double Y) Project(GeoPosition position)
    {
        var (x, y) = WebMercator.World(position);
        return ((x * _scale) - _left, (y * _scale) - _top);
    }

    private List<Tile> CoveringTiles(string template)
    {
        var zoom = Zoom!.Value;
        var count = 1 << zoom;
        var tiles = new List<Tile>();
        var firstY = Math.Max(0, (int)Math.Floor(_top / TileSize));
        var lastY = Math.Min(count - 1, (int)Math.Floor((_top + Height) / TileSize));
        for (var ty = firstY; ty <= lastY; ty++)
        {
            for (var tx = (int)Math.Floor(_left / TileSize); tx <= (int)Math.Floor((_left + Width) / TileSize); tx++)
            {
                // Across the antimeridian the same tiles repeat.
                var wrapped = ((tx % count) + count) % count;
                var href = template.Replace("{z}", Text(zoom), StringComparison.Ordinal).Replace("{x}", Text(wrapped), StringComparison.Ordinal)
                    .Replace("{y}", Text(ty), StringComparison.Ordinal);
                tiles.Add(new Tile((tx * TileSize) - _left, (ty * TileSize) - _top, href));
            }
        }

        return tiles;
    }

    private List<GridLine> Grid()
    {
        var west = WebMercator.Longitude(_left / _scale);
        var east = WebMercator.Longitude((_left + Width) / _scale);
        var north = WebMercator.Latitude(Math.Max(0, _top / _scale));
        var south = WebMercator.Latitude(Math.Min(1, (_top + Height) / _scale));
        var step = NiceStep(Math.Max(east - west, north - south) / 5);
        var lines = new List<GridLine>();
        for (var lon = Math.Ceiling(west / step) * step; lon <= east; lon += step)
        {
            var x = Project(new GeoPosition(lon, 0)).X;
            lines.Add(new GridLine(x, 0, x, Height));
        }

        for (var lat = Math.Ceiling(south / step) * step; lat <= north; lat += step)
        {
            var y = Project(new GeoPosition(0, lat)).Y;
            lines.Add(new GridLine(0, y, Width, y));
        }

        return lines;
    }

    private static double NiceStep(double raw)
    {
        if (raw <= 0 || double.IsNaN(raw) || double.IsInfinity(raw))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
