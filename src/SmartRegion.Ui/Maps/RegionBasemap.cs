using System.Collections.Concurrent;
using System.Text.Json;

namespace SmartRegion.Ui.Maps;

/// <summary>
/// The region's municipality boundaries beneath every map the platform draws: read and projected to world units once
/// (a singleton), and drawn per frame as path data simplified to that frame's scale, kept for the frames in use.
/// </summary>
public sealed class RegionBasemap
{
    private const int CachedFrames = 64;
    private readonly ConcurrentDictionary<(long, long, long, long, long), IReadOnlyList<string?>> _paths = new();

    public RegionBasemap(IReadOnlyList<BasemapArea> areas, string attribution)
    {
        ArgumentNullException.ThrowIfNull(areas);
        Areas = areas;
        Attribution = attribution;
        var points = areas.SelectMany(a => a.Rings.SelectMany(r => r)).ToList();
        Min = points.Count == 0 ? default : new WorldPoint(points.Min(p => p.X), points.Min(p => p.Y));
        Max = points.Count == 0 ? default : new WorldPoint(points.Max(p => p.X), points.Max(p => p.Y));
    }

    public IReadOnlyList<BasemapArea> Areas { get; }

    /// <summary>The credit the boundaries' licence asks for, shown under every map.</summary>
    public string Attribution { get; }

    public WorldPoint Min { get; }

    public WorldPoint Max { get; }

    /// <summary>The frame that shows the whole region.</summary>
    public MapFrame RegionFrame() => MapFrame.Fit(Min, Max, 0);

    /// <summary>
    /// Reads a GeoJSON FeatureCollection of polygons with the properties <c>ags</c>, <c>name</c> and <c>type</c>;
    /// <paramref name="names"/> replaces a source's spelling by the platform's (by AGS). Areas of the type
    /// <c>gemeindefreies Gebiet</c> are drawn but are not municipalities.
    /// </summary>
    public static RegionBasemap Read(Stream geoJson, IReadOnlyDictionary<string, string> names, string attribution)
    {
        ArgumentNullException.ThrowIfNull(names);
        using var document = JsonDocument.Parse(geoJson);
        var areas = new List<BasemapArea>();
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var key = properties.GetProperty("ags").GetString() ?? "";
            var name = names.GetValueOrDefault(key) ?? properties.GetProperty("name").GetString() ?? key;
            var isMunicipality = properties.TryGetProperty("type", out var type) && !string.Equals(type.GetString(), "gemeindefreies Gebiet", StringComparison.OrdinalIgnoreCase);
            var geometry = feature.GetProperty("geometry");
            var coordinates = geometry.GetProperty("coordinates");
            var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon" ? coordinates.EnumerateArray().ToList() : [coordinates];
            var rings = polygons.SelectMany(p => p.EnumerateArray())
                .Select(r => r.EnumerateArray().Select(c => new GeoPoint(c[0].GetDouble(), c[1].GetDouble()).ToWorld()).ToArray()).ToList();
            // The name goes into the largest part (Würzburg's exclaves and the like stay unlabelled).
            var main = polygons.Count == 1 ? rings : rings.OrderByDescending(r => Math.Abs(new BasemapArea("", "", false, [r], default).Size)).Take(1).ToList();
            areas.Add(new BasemapArea(key, name, isMunicipality, rings, PolygonLabelPoint.Find(main)));
        }

        return new RegionBasemap(areas, attribution);
    }

    /// <summary>Each area's path data in the frame (null when it lies outside the view), simplified and rounded.</summary>
    public IReadOnlyList<string?> PathsFor(MapFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var key = (Key(frame.Scale), Key(frame.Left), Key(frame.Top), Key(frame.Width), Key(frame.Height));
        if (_paths.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var paths = Areas.Select(a => MapPath.Rings(a.Rings, frame)).ToList();
        if (_paths.Count >= CachedFrames)
        {
            // Frames of data maps vary with each file; the few that are asked for again come back quickly.
            _paths.Clear();
        }

        _paths[key] = paths;
        return paths;
    }

    private static long Key(double value) => (long)Math.Round(value * 100);
}
