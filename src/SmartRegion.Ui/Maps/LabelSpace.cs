namespace SmartRegion.Ui.Maps;

/// <summary>The boxes already taken on a map, so that names, numbers and the scale bar never cover each other.</summary>
internal sealed class LabelSpace(double width, double height)
{
    private readonly List<(double MinX, double MinY, double MaxX, double MaxY)> _taken = [];

    public void Take(double minX, double minY, double maxX, double maxY) => _taken.Add((minX, minY, maxX, maxY));

    /// <summary>Takes the box if it lies inside the view and overlaps nothing taken; false otherwise.</summary>
    public bool TryTake(double minX, double minY, double maxX, double maxY, bool force = false)
    {
        if (!force && (minX < 1 || minY < 1 || maxX > width - 1 || maxY > height - 1
            || _taken.Exists(b => minX < b.MaxX && maxX > b.MinX && minY < b.MaxY && maxY > b.MinY)))
        {
            return false;
        }

        Take(minX, minY, maxX, maxY);
        return true;
    }

    /// <summary>About the width of a text in Noto Sans at the given size (a little generous, so labels keep a gap).</summary>
    public static double TextWidth(string text, double size) => (text.Length * size * 0.56) + 4;
}
