using System.Globalization;

namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// Positions of a bar or line chart in a fixed 640 × 320 view box, computed on the server: the zero line, one bar or
/// point per value and a few rounded axis ticks. Negative values hang below the zero line.
/// </summary>
internal sealed class ChartGeometry
{
    public const double Width = 640, Height = 320, Left = 72, Right = 16, Top = 16, Bottom = 96;

    internal sealed record Mark(string Label, double Value, double X, double Y, double BarWidth, double BarHeight, double CenterX, double PointY);

    internal sealed record Tick(double Value, double Y, string Text);

    public IReadOnlyList<Mark> Marks { get; }

    public IReadOnlyList<Tick> Ticks { get; }

    public double ZeroY { get; }

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public ChartGeometry(IReadOnlyList<(string Label, double Value)> points, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(points);
        var min = Math.Min(0, points.Count == 0 ? 0 : points.Min(p => p.Value));
        var max = Math.Max(0, points.Count == 0 ? 1 : points.Max(p => p.Value));
        var step = NiceStep((max - min) / 4);
        min = Math.Floor(min / step) * step;
        max = Math.Ceiling(max / step) * step;
        if (max <= min)
        {
            max = min + step;
        }

        var plotHeight = Height - Top - Bottom;
        double Y(double v) => Top + ((max - v) / (max - min) * plotHeight);
        ZeroY = Y(0);
        var ticks = new List<Tick>();
        for (var v = min; v <= max + (step / 2); v += step)
        {
            ticks.Add(new Tick(v, Y(v), v.ToString("N0", culture)));
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
}
