using System.Globalization;
using System.Xml.Linq;

namespace SmartRegion.Ui.Maps;

/// <summary>The scale bar (bottom left) and the north arrow (top right); both take their room before any name does.</summary>
internal static class MapDecorations
{
    private static readonly XNamespace Svg = MapSvg.Svg;

    public static XElement ScaleBar(MapFrame frame, LabelSpace space)
    {
        var metres = NiceLength(frame.Width * 0.25 * frame.MetresPerUnit);
        var length = metres / frame.MetresPerUnit;
        var text = metres >= 1000 ? (metres / 1000).ToString("0.#", CultureInfo.InvariantCulture) + " km" : metres.ToString("0", CultureInfo.InvariantCulture) + " m";
        var (x, y) = (10.0, frame.Height - 10);
        space.Take(x - 4, y - 22, x + Math.Max(length, LabelSpace.TextWidth(text, 11)) + 4, y + 6);
        return new XElement(Svg + "g", new XAttribute("class", "sr-map__scale"), new XAttribute("aria-hidden", "true"),
            new XElement(Svg + "path", new XAttribute("d", $"M{MapPath.Number(x)} {MapPath.Number(y - 5)}V{MapPath.Number(y)}H{MapPath.Number(x + length)}V{MapPath.Number(y - 5)}")),
            new XElement(Svg + "text", MapSvg.Attr("x", x), MapSvg.Attr("y", y - 8), text));
    }

    public static XElement NorthArrow(MapFrame frame, LabelSpace space)
    {
        var (x, y) = (frame.Width - 18, 10.0);
        space.Take(x - 10, y - 2, x + 10, y + 34);
        return new XElement(Svg + "g", new XAttribute("class", "sr-map__north"), new XAttribute("aria-hidden", "true"),
            new XElement(Svg + "path", new XAttribute("d", $"M{MapPath.Number(x)} {MapPath.Number(y + 14)}l-6 18l6-5l6 5Z")),
            new XElement(Svg + "text", MapSvg.Attr("x", x), MapSvg.Attr("y", y + 10), new XAttribute("text-anchor", "middle"), "N"));
    }

    /// <summary>1, 2 or 5 times a power of ten, at most <paramref name="raw"/>.</summary>
    internal static double NiceLength(double raw)
    {
        if (raw <= 0 || double.IsNaN(raw) || double.IsInfinity(raw))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        return (fraction >= 5 ? 5 : fraction >= 2 ? 2 : 1) * magnitude;
    }
}
