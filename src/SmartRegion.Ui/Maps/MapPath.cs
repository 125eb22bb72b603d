using System.Globalization;
using System.Text;

namespace SmartRegion.Ui.Maps;

/// <summary>
/// SVG path data for rings and lines in a frame: positions closer to the line than half a unit (Douglas–Peucker) are
/// left out, since the map cannot show them, and coordinates are written to a tenth of a unit. Rings wholly outside the
/// view are skipped.
/// </summary>
public static class MapPath
{
    private const double Tolerance = 0.5;

    public static string? Rings(IEnumerable<WorldPoint[]> rings, MapFrame frame) => Build(rings, frame, close: true);

    public static string? Lines(IEnumerable<WorldPoint[]> lines, MapFrame frame) => Build(lines, frame, close: false);

    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string? Build(IEnumerable<WorldPoint[]> parts, MapFrame frame, bool close)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(frame);
        var d = new StringBuilder();
        foreach (var part in parts)
        {
            var points = part.Select(frame.Project).ToArray();
            if (points.Length == 0 || !frame.Sees(points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y)))
            {
                continue;
            }

            var kept = Simplify(points);
            string? previous = null;
            var first = true;
            foreach (var i in kept)
            {
                var text = Number(points[i].X) + " " + Number(points[i].Y);
                if (text == previous)
                {
                    continue;
                }

                d.Append(first ? "M" : "L").Append(text);
                previous = text;
                first = false;
            }

            if (close)
            {
                d.Append('Z');
            }
        }

        return d.Length == 0 ? null : d.ToString();
    }

    /// <summary>Indexes of the positions Douglas–Peucker keeps.</summary>
    private static List<int> Simplify((double X, double Y)[] points)
    {
        var keep = new bool[points.Length];
        keep[0] = keep[^1] = true;
        var stack = new Stack<(int, int)>();
        stack.Push((0, points.Length - 1));
        while (stack.Count > 0)
        {
            var (from, to) = stack.Pop();
            var (farthest, distance) = (-1, Tolerance);
            for (var i = from + 1; i < to; i++)
            {
                var d = Distance(points[i], points[from], points[to]);
                if (d > distance)
                {
                    (farthest, distance) = (i, d);
                }
            }

            if (farthest >= 0)
            {
                keep[farthest] = true;
                stack.Push((from, farthest));
                stack.Push((farthest, to));
            }
        }

        return [.. Enumerable.Range(0, points.Length).Where(i => keep[i])];
    }

    private static double Distance((double X, double Y) p, (double X, double Y) a, (double X, double Y) b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var length = (dx * dx) + (dy * dy);
        var t = length == 0 ? 0 : Math.Clamp((((p.X - a.X) * dx) + ((p.Y - a.Y) * dy)) / length, 0, 1);
        var (x, y) = (a.X + (t * dx) - p.X, a.Y + (t * dy) - p.Y);
        return Math.Sqrt((x * x) + (y * y));
    }
}
