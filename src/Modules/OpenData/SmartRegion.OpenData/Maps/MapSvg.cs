using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace SmartRegion.OpenData.Maps;

/// <summary>
/// Writes the map as SVG markup: background (tiles from the configured server, or a plain area with a graticule), then
/// per feature one group with a path for its areas, a path for its lines and a circle per point. Everything is styled
/// by classes from the site's stylesheet, so the strict style policy holds; <see cref="XElement"/> escapes all text.
/// </summary>
internal static class MapSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Render(GeoDocument document, MapLayout layout, string id, string title, string description)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(layout);
        var svg = new XElement(Svg + "svg",
            new XAttribute("class", "sr-map"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-titel {id}-text"),
            new XAttribute("viewBox", $"0 0 {Number(MapLayout.Width)} {Number(MapLayout.Height)}"),
            new XAttribute("width", "100%"),
            new XAttribute("focusable", "false"),
            new XElement(Svg + "title", new XAttribute("id", id + "-titel"), title),
            new XElement(Svg + "desc", new XAttribute("id", id + "-text"), description),
            new XElement(Svg + "rect", new XAttribute("class", "sr-map__background"), new XAttribute("width", Number(MapLayout.Width)),
                new XAttribute("height", Number(MapLayout.Height))));
        if (layout.Tiles.Count > 0)
        {
            svg.Add(new XElement(Svg + "g", new XAttribute("class", "sr-map__tiles"), layout.Tiles.Select(t => new XElement(Svg + "image",
                new XAttribute("href", t.Href), Attr("x", t.X), Attr("y", t.Y), Attr("width", MapLayout.TileSize), Attr("height", MapLayout.TileSize)))));
        }

        if (layout.Graticule.Count > 0)
        {
            svg.Add(new XElement(Svg + "g", new XAttribute("class", "sr-map__grid"), layout.Graticule.Select(l => new XElement(Svg + "line",
                Attr("x1", l.X1), Attr("y1", l.Y1), Attr("x2", l.X2), Attr("y2", l.Y2)))));
        }

        var features = new XElement(Svg + "g", new XAttribute("class", "sr-map__features"));
        foreach (var feature in document.Features.Where(f => !f.Shape.IsEmpty))
        {
            features.Add(Feature(feature.Shape, layout));
        }

        svg.Add(features);
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Feature(GeoShape shape, MapLayout layout)
    {
        var group = new XElement(Svg + "g", new XAttribute("class", "sr-map__feature"));
        if (shape.Polygons.Count > 0)
        {
            var d = new StringBuilder();
            foreach (var ring in shape.Polygons.SelectMany(p => p))
            {
                Append(d, ring, layout, close: true);
            }

            group.Add(new XElement(Svg + "path", new XAttribute("class", "sr-map__area"), new XAttribute("d", d.ToString())));
        }

        if (shape.Lines.Count > 0)
        {
            var d = new StringBuilder();
            foreach (var line in shape.Lines)
            {
                Append(d, line, layout, close: false);
            }

            group.Add(new XElement(Svg + "path", new XAttribute("class", "sr-map__line"), new XAttribute("d", d.ToString())));
        }

        foreach (var point in shape.Points)
        {
            var (x, y) = layout.Project(point);
            group.Add(new XElement(Svg + "circle", new XAttribute("class", "sr-map__point"), Attr("cx", x), Attr("cy", y), new XAttribute("r", "6")));
        }

        return group;
    }

    /// <summary>Appends one line or ring, skipping positions that fall on the same tenth of a pixel as the one before.</summary>
    private static void Append(StringBuilder d, GeoPosition[] positions, MapLayout layout, bool close)
    {
        string? previous = null;
        var first = true;
        foreach (var position in positions)
        {
            var (x, y) = layout.Project(position);
            var point = Number(x) + " " + Number(y);
            if (point == previous)
            {
                continue;
            }

            d.Append(first ? (d.Length == 0 ? "M" : " M") : " L").Append(point);
            previous = point;
            first = false;
        }

        if (close)
        {
            d.Append(" Z");
        }
    }

    private static XAttribute Attr(string name, double value) => new(name, Number(value));

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
