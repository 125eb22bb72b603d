namespace SmartRegion.Ui.Maps;

/// <summary>
/// Which part of the world a map shows and at what size: a view box of <see cref="Width"/> × <see cref="Height"/> units
/// over Web Mercator. The width is small (320 units) on purpose: the SVG scales to the screen, and on a 320 px phone text
/// of 13 units stays about 12 px high, so names and numbers are readable on a phone.
/// </summary>
public sealed class MapFrame
{
    /// <summary>The usual width of a map's view box.</summary>
    public const double DefaultWidth = 320;

    private const double EarthCircumference = 40_075_016.686;

    /// <summary>A frame whose centre and scale are given (e.g. a tile zoom level).</summary>
    public MapFrame(WorldPoint centre, double scale, double width, double height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        Scale = scale;
        Width = width;
        Height = height;
        Left = (centre.X * scale) - (width / 2);
        Top = (centre.Y * scale) - (height / 2);
        MetresPerUnit = EarthCircumference * Math.Cos(WorldPoint.Latitude(centre.Y) * Math.PI / 180) / scale;
    }

    /// <summary>View-box units per world unit.</summary>
    public double Scale { get; }

    public double Width { get; }

    public double Height { get; }

    public double Left { get; }

    public double Top { get; }

    /// <summary>Metres on the ground per view-box unit, at the frame's centre.</summary>
    public double MetresPerUnit { get; }

    /// <summary>
    /// The frame that fits a box of world points with a margin. A box smaller than <paramref name="minSpanMetres"/> is
    /// widened to it, so a single point or a few close ones still show the borders around them; the height follows the
    /// box's shape between 3:5 and 7:5 of the width.
    /// </summary>
    public static MapFrame Fit(WorldPoint min, WorldPoint max, double minSpanMetres, double width = DefaultWidth, double margin = 14)
    {
        var centre = new WorldPoint((min.X + max.X) / 2, (min.Y + max.Y) / 2);
        var metresPerWorld = EarthCircumference * Math.Cos(WorldPoint.Latitude(centre.Y) * Math.PI / 180);
        var minSpan = minSpanMetres / metresPerWorld;
        var spanX = Math.Max(max.X - min.X, minSpan);
        var spanY = Math.Max(max.Y - min.Y, minSpan);
        var scale = (width - (2 * margin)) / spanX;
        var height = Math.Clamp((spanY * scale) + (2 * margin), width * 0.6, width * 1.4);
        scale = Math.Min(scale, (height - (2 * margin)) / spanY);
        return new MapFrame(centre, scale, width, height);
    }

    public (double X, double Y) Project(WorldPoint point) => ((point.X * Scale) - Left, (point.Y * Scale) - Top);

    public (double X, double Y) Project(GeoPoint point) => Project(point.ToWorld());

    /// <summary>Whether a box in view-box units overlaps the view box.</summary>
    public bool Sees(double minX, double minY, double maxX, double maxY) => maxX >= 0 && maxY >= 0 && minX <= Width && minY <= Height;
}
