namespace SmartRegion.Ui.Maps;

/// <summary>
/// What one map shows: the base map in a frame, how each area looks (by its key), the features drawn over it and
/// the tiles beneath it. <see cref="MapSvg"/> draws it.
/// </summary>
/// <param name="Id">Prefix of the element ids, unique on the page.</param>
public sealed record MapPicture(string Id, string Title, string Description, RegionBasemap Basemap, MapFrame Frame)
{
    public IReadOnlyDictionary<string, MapAreaStyle> AreaStyles { get; init; } = new Dictionary<string, MapAreaStyle>();

    public IReadOnlyList<MapFill> Fills { get; init; } = [];

    public IReadOnlyList<MapFeature> Features { get; init; } = [];

    public IReadOnlyList<MapTile> Tiles { get; init; } = [];

    /// <summary>Which areas get their name first when room is short (default: the larger ones).</summary>
    public Func<BasemapArea, double>? LabelPriority { get; init; }
}

/// <summary>
/// How an area is drawn: an extra CSS class, a fill (the id of a <see cref="MapFill"/>), a link with its accessible
/// name, and whether its name is shown before all others.
/// </summary>
public sealed record MapAreaStyle(string? CssClass = null, string? FillId = null, string? Href = null, string? AccessibleName = null, bool LabelFirst = false);

/// <summary>A fill pattern: a colour and 0 to 4 sets of hatching, so classes differ by more than colour (WCAG 1.4.1).</summary>
public sealed record MapFill(string Id, string Colour, int Hatching, string HatchColour = "#1b1b1b");

/// <summary>
/// A feature drawn over the base map, in world units. A numbered feature gets a badge with its number where there is
/// room; the same number is its row in the table beside the map.
/// </summary>
public sealed record MapFeature(int Number, IReadOnlyList<WorldPoint> Points, IReadOnlyList<WorldPoint[]> Lines, IReadOnlyList<WorldPoint[]> Rings, bool Numbered);

/// <summary>A map tile beneath the base map, in view-box units.</summary>
public sealed record MapTile(double X, double Y, double Size, string Href);
