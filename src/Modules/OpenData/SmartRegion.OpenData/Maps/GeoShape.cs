namespace SmartRegion.OpenData.Maps;

/// <summary>What one feature draws: points, lines and polygons (each a list of rings, the first the outline, the rest holes).</summary>
internal sealed class GeoShape
{
    public List<GeoPosition> Points { get; } = [];

    public List<GeoPosition[]> Lines { get; } = [];

    public List<GeoPosition[][]> Polygons { get; } = [];

    public bool IsEmpty => Points.Count == 0 && Lines.Count == 0 && Polygons.Count == 0;

    public IEnumerable<GeoPosition> Positions =>
        Points.Concat(Lines.SelectMany(l => l)).Concat(Polygons.SelectMany(p => p.SelectMany(r => r)));
}
