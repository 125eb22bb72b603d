using System.Globalization;
using System.Xml.Linq;

namespace SmartRegion.Ui.Maps;

/// <summary>
/// Writes a <see cref="MapPicture"/> as SVG: the municipality boundaries, the features with their numbers, the names
/// of the areas where there is room, a scale bar and a north arrow. Styled by classes from <c>maps.css</c> and by
/// presentation attributes, so the strict style policy holds; <see cref="XElement"/> escapes every text.
/// </summary>
public static class MapSvg
{
    internal static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const double NameSize = 13, NumberSize = 12, BadgeRadius = 10;

    public static string Render(MapPicture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var frame = picture.Frame;
        var linked = picture.AreaStyles.Values.Any(s => s.Href is not null);
        var svg = new XElement(Svg + "svg",
            new XAttribute("class", "sr-map"),
            // A map with links is a group whose links screen readers reach; otherwise one image with title and description.
            new XAttribute("role", linked ? "group" : "img"),
            new XAttribute("aria-labelledby", $"{picture.Id}-titel {picture.Id}-text"),
            new XAttribute("viewBox", $"0 0 {MapPath.Number(frame.Width)} {MapPath.Number(frame.Height)}"),
            new XAttribute("width", "100%"),
            new XElement(Svg + "title", new XAttribute("id", picture.Id + "-titel"), picture.Title),
            new XElement(Svg + "desc", new XAttribute("id", picture.Id + "-text"), picture.Description));
        if (picture.Fills.Count > 0)
        {
            svg.Add(new XElement(Svg + "defs", picture.Fills.Select(Pattern)));
        }

        svg.Add(new XElement(Svg + "rect", new XAttribute("class", "sr-map__background"), Attr("width", frame.Width), Attr("height", frame.Height)));
        if (picture.Tiles.Count > 0)
        {
            svg.Add(new XElement(Svg + "g", new XAttribute("class", "sr-map__tiles"), picture.Tiles.Select(t => new XElement(Svg + "image",
                new XAttribute("href", t.Href), Attr("x", t.X), Attr("y", t.Y), Attr("width", t.Size), Attr("height", t.Size)))));
        }

        svg.Add(Areas(picture));
        var space = new LabelSpace(frame.Width, frame.Height);
        var scale = MapDecorations.ScaleBar(frame, space);
        var north = MapDecorations.NorthArrow(frame, space);
        if (picture.Features.Count > 0)
        {
            svg.Add(new XElement(Svg + "g", new XAttribute("class", "sr-map__features"), picture.Features.Select(f => Feature(f, frame))));
            svg.Add(Badges(picture.Features, frame, space));
        }

        svg.Add(Names(picture, space), scale, north);
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Pattern(MapFill fill)
    {
        var pattern = new XElement(Svg + "pattern", new XAttribute("id", fill.Id), new XAttribute("patternUnits", "userSpaceOnUse"),
            new XAttribute("width", "8"), new XAttribute("height", "8"),
            new XElement(Svg + "rect", new XAttribute("width", "8"), new XAttribute("height", "8"), new XAttribute("fill", fill.Colour)));
        // Up to four directions of hatching: the class is told by the texture too, not by colour alone.
        string[] hatches = ["M0 8L8 0", "M0 0L8 8", "M4 0V8", "M0 4H8"];
        foreach (var d in hatches.Take(fill.Hatching))
        {
            pattern.Add(new XElement(Svg + "path", new XAttribute("d", d), new XAttribute("stroke", fill.HatchColour), new XAttribute("stroke-width", "1")));
        }

        return pattern;
    }

    private static XElement Areas(MapPicture picture)
    {
        var paths = picture.Basemap.PathsFor(picture.Frame);
        var group = new XElement(Svg + "g", new XAttribute("class", "sr-map__areas"));
        for (var i = 0; i < paths.Count; i++)
        {
            if (paths[i] is not { } d)
            {
                continue;
            }

            var area = picture.Basemap.Areas[i];
            var style = picture.AreaStyles.GetValueOrDefault(area.Key);
            var path = new XElement(Svg + "path", new XAttribute("class", "sr-map__area" + (area.IsMunicipality ? "" : " sr-map__area--free")
                + (style?.CssClass is { } css ? " " + css : "")), new XAttribute("d", d), new XAttribute("data-key", area.Key));
            if (style?.FillId is { } fill)
            {
                path.Add(new XAttribute("fill", $"url(#{fill})"));
            }

            group.Add(style?.Href is { } href
                ? new XElement(Svg + "a", new XAttribute("href", href), new XAttribute("class", "sr-map__link"),
                    new XAttribute("aria-label", style.AccessibleName ?? area.Name), path)
                : path);
        }

        return group;
    }

    private static XElement Feature(MapFeature feature, MapFrame frame)
    {
        var group = new XElement(Svg + "g", new XAttribute("class", "sr-map__feature"), new XAttribute("data-number", Text(feature.Number)));
        if (MapPath.Rings(feature.Rings, frame) is { } rings)
        {
            group.Add(new XElement(Svg + "path", new XAttribute("class", "sr-map__data-area"), new XAttribute("d", rings)));
        }

        if (MapPath.Lines(feature.Lines, frame) is { } lines)
        {
            group.Add(new XElement(Svg + "path", new XAttribute("class", "sr-map__data-line"), new XAttribute("d", lines)));
        }

        foreach (var (x, y) in feature.Points.Select(frame.Project))
        {
            group.Add(new XElement(Svg + "circle", new XAttribute("class", "sr-map__point"), Attr("cx", x), Attr("cy", y), new XAttribute("r", "4")));
        }

        return group;
    }

    /// <summary>Number badges, in number order; one that would cover another is left out (its row is still in the table).</summary>
    private static XElement Badges(IReadOnlyList<MapFeature> features, MapFrame frame, LabelSpace space)
    {
        var group = new XElement(Svg + "g", new XAttribute("class", "sr-map__badges"));
        foreach (var feature in features.Where(f => f.Numbered))
        {
            var (x, y) = frame.Project(Anchor(feature));
            var text = Text(feature.Number);
            var radius = Math.Max(BadgeRadius, LabelSpace.TextWidth(text, NumberSize) / 2);
            if (space.TryTake(x - radius, y - radius, x + radius, y + radius))
            {
                group.Add(new XElement(Svg + "g", new XAttribute("class", "sr-map__badge"), new XAttribute("data-number", text),
                    new XElement(Svg + "circle", Attr("cx", x), Attr("cy", y), Attr("r", radius)),
                    new XElement(Svg + "text", Attr("x", x), Attr("y", y + (NumberSize * 0.36)), new XAttribute("text-anchor", "middle"), text)));
            }
        }

        return group;
    }

    private static WorldPoint Anchor(MapFeature feature) =>
        feature.Points.Count > 0 ? feature.Points[0]
        : feature.Rings.Count > 0 ? PolygonLabelPoint.Find([feature.Rings[0]])
        : feature.Lines.Count > 0 ? feature.Lines[0][feature.Lines[0].Length / 2]
        : default;

    private static XElement Names(MapPicture picture, LabelSpace space)
    {
        var priority = picture.LabelPriority ?? (a => a.Size);
        var group = new XElement(Svg + "g", new XAttribute("class", "sr-map__names"), new XAttribute("aria-hidden", "true"));
        var order = picture.Basemap.Areas.Where(a => a.IsMunicipality)
            .OrderByDescending(a => picture.AreaStyles.GetValueOrDefault(a.Key)?.LabelFirst == true).ThenByDescending(priority);
        foreach (var area in order)
        {
            var (x, y) = picture.Frame.Project(area.LabelPoint);
            var half = LabelSpace.TextWidth(area.Name, NameSize) / 2;
            // Straight on the point, else a little above or below it (numbers and other names take precedence).
            foreach (var dy in (double[])[0, -NameSize, NameSize, -2 * NameSize, 2 * NameSize, -3 * NameSize, 3 * NameSize])
            {
                if (space.TryTake(x - half, y + dy - (NameSize * 0.75), x + half, y + dy + (NameSize * 0.35)))
                {
                    group.Add(new XElement(Svg + "text", new XAttribute("class", "sr-map__name"), Attr("x", x), Attr("y", y + dy),
                        new XAttribute("text-anchor", "middle"), area.Name));
                    break;
                }
            }
        }

        return group;
    }

    internal static XAttribute Attr(string name, double value) => new(name, MapPath.Number(value));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
