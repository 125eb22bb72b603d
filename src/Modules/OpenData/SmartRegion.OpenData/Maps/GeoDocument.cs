namespace SmartRegion.OpenData.Maps;

/// <summary>A GeoJSON file read for drawing: its features in file order, how many positions they have, and the box around them.</summary>
internal sealed record GeoDocument(IReadOnlyList<GeoFeature> Features, int PositionCount, GeoPosition Min, GeoPosition Max)
{
    public int PointCount => Features.Sum(f => f.Shape.Points.Count);

    public int LineCount => Features.Sum(f => f.Shape.Lines.Count);

    public int PolygonCount => Features.Sum(f => f.Shape.Polygons.Count);
}
