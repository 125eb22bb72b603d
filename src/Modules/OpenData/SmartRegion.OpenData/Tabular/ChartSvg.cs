using System.Xml.Linq;

namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// Writes the chart as SVG markup (Razor reserves the <c>&lt;text&gt;</c> tag, so the SVG is built here, escaped by
/// <see cref="XElement"/>). Colours and sizes are presentation attributes, so the strict style policy holds.
/// </summary>
internal static class ChartSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const string Ink = "#1b1b1b", Grid = "#c9ced3", Mark = "#0b5394";
    private const double LabelGap = 14;

    public static string Render(ChartGeometry geometry, bool line, string id, string title, string description)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var right = ChartGeometry.Width - ChartGeometry.Right;
        var svg = new XElement(Svg + "svg",
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-titel {id}-text"),
            new XAttribute("viewBox", $"0 0 {ChartGeometry.Number(ChartGeometry.Width)} {ChartGeometry.Number(ChartGeometry.Height)}"),
            new XAttribute("class", "sr-chart"),
            new XAttribute("width", "100%"),
            new XAttribute("focusable", "false"),
            new XElement(Svg + "title", new XAttribute("id", id + "-titel"), title),
            new XElement(Svg + "desc", new XAttribute("id", id + "-text"), description));
        foreach (var tick in geometry.Ticks)
        {
            svg.Add(Line(ChartGeometry.Left, right, tick.Y, tick.Y, Grid, 1));
            svg.Add(Text(ChartGeometry.Left - 8, tick.Y + 4, tick.Text));
        }

        svg.Add(Line(ChartGeometry.Left, right, geometry.ZeroY, geometry.ZeroY, Ink, 1.5));
        if (line)
        {
            svg.Add(new XElement(Svg + "polyline", new XAttribute("points", geometry.Polyline), new XAttribute("fill", "none"),
                new XAttribute("stroke", Mark), new XAttribute("stroke-width", "2.5")));
            foreach (var m in geometry.Marks)
            {
                svg.Add(new XElement(Svg + "circle", Attr("cx", m.CenterX), Attr("cy", m.PointY), new XAttribute("r", "4"), new XAttribute("fill", Mark)));
            }
        }
        else
        {
            foreach (var m in geometry.Marks)
            {
                svg.Add(new XElement(Svg + "rect", Attr("x", m.X), Attr("y", m.Y), Attr("width", m.BarWidth), Attr("height", m.BarHeight), new XAttribute("fill", Mark)));
            }
        }

        var labelY = ChartGeometry.Height - ChartGeometry.Bottom + 14;
        // Slanted labels need about 14 units between them; with many bars only every n-th is written (all are in the table).
        var slot = geometry.Marks.Count > 1 ? geometry.Marks[1].CenterX - geometry.Marks[0].CenterX : LabelGap;
        var every = Math.Max(1, (int)Math.Ceiling(LabelGap / slot));
        foreach (var m in geometry.Marks.Where((_, i) => i % every == 0))
        {
            var label = m.Label.Length > 14 ? m.Label[..13] + "…" : m.Label;
            var text = Text(m.CenterX, labelY, label);
            text.Add(new XAttribute("transform", $"rotate(-45 {ChartGeometry.Number(m.CenterX)} {ChartGeometry.Number(labelY)})"));
            svg.Add(text);
        }

        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private static XAttribute Attr(string name, double value) => new(name, ChartGeometry.Number(value));

    private static XElement Line(double x1, double x2, double y1, double y2, string stroke, double width) =>
        new(Svg + "line", Attr("x1", x1), Attr("x2", x2), Attr("y1", y1), Attr("y2", y2), new XAttribute("stroke", stroke), Attr("stroke-width", width));

    private static XElement Text(double x, double y, string content) =>
        new(Svg + "text", Attr("x", x), Attr("y", y), new XAttribute("text-anchor", "end"), new XAttribute("font-size", "12"), new XAttribute("fill", Ink), content);
}
