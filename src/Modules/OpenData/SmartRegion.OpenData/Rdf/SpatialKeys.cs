namespace SmartRegion.OpenData.Rdf;

/// <summary>
/// Official keys of areas as DCAT-AP.de political geocoding: a 2-digit state key, a 5-digit district key or an
/// 8-digit municipality key (AGS), each with its URI and its level.
/// </summary>
internal static class SpatialKeys
{
    private const string Base = "http://dcat-ap.de/def/politicalGeocoding/";

    public static bool IsWellFormed(string? key) => key is { Length: 2 or 5 or 8 } && key.All(char.IsAsciiDigit);

    public static string Uri(string key) => key.Length switch
    {
        2 => Base + "stateKey/" + key,
        5 => Base + "districtKey/" + key,
        8 => Base + "municipalityKey/" + key,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a state, district or municipality key."),
    };

    /// <summary>The level of the widest area among the keys (state over district over municipality).</summary>
    public static string? LevelUri(IEnumerable<string> keys)
    {
        var shortest = keys.Where(IsWellFormed).Select(k => k.Length).DefaultIfEmpty(0).Min();
        return shortest switch
        {
            2 => Base + "Level/state",
            5 => Base + "Level/administrativeDistrict",
            8 => Base + "Level/municipality",
            _ => null,
        };
    }
}
