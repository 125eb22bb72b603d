using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Resources;
using SmartRegion.Ui.Maps;

namespace SmartRegion.Hub.Municipalities;

/// <summary>
/// The classes of the population map: fixed, round limits that fit the region (most municipalities have 700 to 12,000
/// inhabitants, the city about 127,000), each with a lighter-to-darker blue and one more set of hatching, so a class
/// is told apart by texture as well as by colour (WCAG 1.4.1), and named in words in the legend and in each link.
/// </summary>
internal static class PopulationClasses
{
    private static readonly int[] Limits = [1_500, 3_000, 5_000, 20_000];

    private static readonly string[] Colours = ["#f2f7fc", "#c6dbef", "#6baed6", "#2f7bbf", "#0b3d73"];

    public static int Count => Limits.Length + 1;

    public static int Of(int population) => Limits.Count(l => population >= l);

    public static string FillId(string mapId, int index) => $"{mapId}-klasse-{index.ToString(CultureInfo.InvariantCulture)}";

    public static IReadOnlyList<MapFill> Fills(string mapId) =>
        [.. Enumerable.Range(0, Count).Select(i => new MapFill(FillId(mapId, i), Colours[i], i, i >= 3 ? "#ffffff" : "#1b1b1b"))];

    public static string Text(int index, IStringLocalizer<HubText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string N(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
        return index == 0 ? text["Map.Class.Below", N(Limits[0])]
            : index >= Limits.Length ? text["Map.Class.AtLeast", N(Limits[^1])]
            : text["Map.Class.Between", N(Limits[index - 1]), N(Limits[index])];
    }
}
