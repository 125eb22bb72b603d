using System.Globalization;

namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// Positions of a bar or line chart in a fixed 360 × 260 view box (small, so its 12-unit text stays readable when the SVG shrinks to a 320 px phone), computed on the server: the zero line, one bar or
/// point per value and a few rounded axis ticks. Negative values hang below the zero line.
/// </summary>
internal sealed class ChartGeometry
{
    public const double Width = 360, Height = 260, Left = 60, Right = 8, Top = 12, Bottom = 84;

    internal sealed record Mark(string Label, double Value, double X, double Y, double BarWidth, double BarHeight, double CenterX, double PointY);

    internal sealed record Tick(double Value, double Y, string Text);

    public IReadOnlyList<Mark> Marks { get; }

    public IReadOnlyList<Tick> Ticks { get; }

    public double ZeroY { get; }

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public ChartGeometry(IReadOnlyList<(string Label, double Value)> points, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(points);
        // The axis always shows zero: bars grow from it, and a line's values are read against it.
        var min = Math.Min(0, points.Count == 0 ? 0 : points.Min(p => p.Value));
        var max = Math.Max(0, points.Count == 0 ? 0 : points.Max(p => p.Value));
        var step = max > min ? NiceStep((max - min) / 5) : 1;
        // Whole steps from zero, so zero is a tick and a small negative value does not cost a large empty band.
        var below = (long)Math.Ceiling((-min / step) - 1e-9);
        var above = (long)Math.Ceiling((max / step) - 1e-9);
        if (below + above == 0)
        {
            above = 1;
        }

        min = -below * step;
        max = above * step;
        var plotHeight = Height - Top - Bottom;
        double Y(double v) => Top + ((max - v) / (max - min) * plotHeight);
        ZeroY = Y(0);
        var decimals = Math.Clamp((int)-Math.Floor(Math.Log10(step) + 1e-9), 0, 15);
        var format = "N" + decimals.ToString(CultureInfo.InvariantCulture);
        var ticks = new List<Tick>();
        for (var i = -below; i <= above; i++)
        {
            // Counted, not summed, so 0.1 steps do not drift; zero is written without a sign.
            var v = Math.Round(i * step, decimals) + 0.0;
            ticks.Add(new Tick(v, Y(v), v.ToString(format, culture)));
        }

        Ticks = ticks;
        var slot = points.Count == 0 ? 0 : (Width - Left - Right) / points.Count;
        Marks = [.. points.Select((p, i) =>
        {
            var x = Left + (i * slot);
            var y = Y(p.Value);
            return new Mark(p.Label, p.Value, x + (slot * 0.15), Math.Min(y, ZeroY), slot * 0.7, Math.Abs(ZeroY - y), x + (slot / 2), y);
        })];
    }

    public string Polyline => string.Join(' ', Marks.Select(m => Number(m.CenterX) + "," + Number(m.PointY)));

    /// <summary>1, 2 or 5 times a power of ten, the nearest to <paramref name="raw"/> (so about five ticks, not three).</summary>
    private static double NiceStep(double raw)
    {
        if (raw <= 0 || double.IsNaN(raw) || double.IsInfinity(raw))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        return (fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10) * magnitude;
    }
}
