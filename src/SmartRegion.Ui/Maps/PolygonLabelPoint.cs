namespace SmartRegion.Ui.Maps;

/// <summary>
/// The point inside a polygon farthest from its edges (a coarse grid search, refined around the best cell): a name put
/// there sits in the middle of the area, where a centroid could fall outside a bent or hollow one.
/// </summary>
public static class PolygonLabelPoint
{
    public static WorldPoint Find(IReadOnlyList<WorldPoint[]> rings)
    {
        ArgumentNullException.ThrowIfNull(rings);
        var all = rings.SelectMany(r => r).ToList();
        if (all.Count == 0)
        {
            return default;
        }

        var (minX, maxX, minY, maxY) = (all.Min(p => p.X), all.Max(p => p.X), all.Min(p => p.Y), all.Max(p => p.Y));
        var best = new WorldPoint((minX + maxX) / 2, (minY + maxY) / 2);
        var bestScore = Score(best, rings);
        var (cellX, cellY) = ((maxX - minX) / 16, (maxY - minY) / 16);
        for (var round = 0; round < 3; round++)
        {
            var centre = best;
            for (var i = -8; i <= 8; i++)
            {
                for (var j = -8; j <= 8; j++)
                {
                    var candidate = new WorldPoint(centre.X + (i * cellX), centre.Y + (j * cellY));
                    var score = Score(candidate, rings);
                    if (score > bestScore)
                    {
                        (best, bestScore) = (candidate, score);
                    }
                }
            }

            (cellX, cellY) = (cellX / 8, cellY / 8);
        }

        return best;
    }

    /// <summary>Distance to the nearest edge, negative outside.</summary>
    private static double Score(WorldPoint p, IReadOnlyList<WorldPoint[]> rings)
    {
        var inside = false;
        var nearest = double.MaxValue;
        foreach (var ring in rings)
        {
            for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
            {
                var (a, b) = (ring[i], ring[j]);
                if ((a.Y > p.Y) != (b.Y > p.Y) && p.X < ((b.X - a.X) * (p.Y - a.Y) / (b.Y - a.Y)) + a.X)
                {
                    inside = !inside;
                }

                nearest = Math.Min(nearest, SegmentDistance(p, a, b));
            }
        }

        return inside ? nearest : -nearest;
    }

    private static double SegmentDistance(WorldPoint p, WorldPoint a, WorldPoint b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var length = (dx * dx) + (dy * dy);
        var t = length == 0 ? 0 : Math.Clamp((((p.X - a.X) * dx) + ((p.Y - a.Y) * dy)) / length, 0, 1);
        var (x, y) = (a.X + (t * dx) - p.X, a.Y + (t * dy) - p.Y);
        return Math.Sqrt((x * x) + (y * y));
    }
}
