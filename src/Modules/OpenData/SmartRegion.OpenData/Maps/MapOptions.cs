namespace SmartRegion.OpenData.Maps;

/// <summary>
/// The <c>Modules:OpenData:Map</c> section. Without a tile server the map draws its geometry on a plain background and
/// loads nothing from anywhere; with one, the tiles beneath the geometry come from that server (and its origin is
/// allowed for images on the map page only).
/// </summary>
internal sealed class MapOptions
{
    public const string Section = "Modules:OpenData:Map";

    /// <summary>Tile address with <c>{z}</c>, <c>{x}</c> and <c>{y}</c>, e.g. <c>https://tile.example.org/{z}/{x}/{y}.png</c>; empty: none.</summary>
    public string? TileUrlTemplate { get; set; }

    /// <summary>The text the tile server's licence asks to show, e.g. <c>© OpenStreetMap-Mitwirkende</c>.</summary>
    public string? Attribution { get; set; }

    /// <summary>The highest zoom level the tile server offers.</summary>
    public int MaxZoom { get; set; } = 18;

    /// <summary>Largest GeoJSON file the map draws, in bytes (default 20 MB).</summary>
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Most features the map draws.</summary>
    public int MaxFeatures { get; set; } = 10_000;

    /// <summary>Most coordinate positions the map draws, over all features.</summary>
    public int MaxPositions { get; set; } = 200_000;

    /// <summary>Features listed in the table beside the map.</summary>
    public int TableRows { get; set; } = 100;

    public bool HasTiles => !string.IsNullOrWhiteSpace(TileUrlTemplate);

    /// <summary>The tile server's origin (scheme, host, port), for the page's image policy.</summary>
    public Uri? TileOrigin => HasTiles && Uri.TryCreate(TileUrlTemplate!.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal),
        UriKind.Absolute, out var uri) ? new Uri(uri.GetLeftPart(UriPartial.Authority)) : null;

    public bool IsValid =>
        MaxZoom is >= 0 and <= 24 && MaxFileBytes > 0 && MaxFeatures > 0 && MaxPositions > 0 && TableRows > 0
        && (!HasTiles || (TileOrigin is { Scheme: "https" or "http" }
            && TileUrlTemplate!.Contains("{z}", StringComparison.Ordinal) && TileUrlTemplate.Contains("{x}", StringComparison.Ordinal)
            && TileUrlTemplate.Contains("{y}", StringComparison.Ordinal)));
}
