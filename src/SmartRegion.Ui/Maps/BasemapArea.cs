namespace SmartRegion.Ui.Maps;

/// <summary>
/// One area of the region's base map (a municipality, or an unpopulated area without one): its key (the AGS), the
/// name to show, whether it is a municipality, its rings in world units (outlines and holes alike) and the point
/// where its name goes, the spot deepest inside it.
/// </summary>
public sealed record BasemapArea(string Key, string Name, bool IsMunicipality, IReadOnlyList<WorldPoint[]> Rings, WorldPoint LabelPoint)
{
    /// <summary>Size of the area in square world units (outlines minus holes), to label the roomy ones first.</summary>
    public double Size { get; } = Math.Abs(Rings.Sum(SignedArea));

    private static double SignedArea(WorldPoint[] ring)
    {
        var sum = 0.0;
        for (var i = 0; i < ring.Length; i++)
        {
            var (a, b) = (ring[i], ring[(i + 1) % ring.Length]);
            sum += (a.X * b.Y) - (b.X * a.Y);
        }

        return sum / 2;
    }
}
