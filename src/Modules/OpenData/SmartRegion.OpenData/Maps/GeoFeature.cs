namespace SmartRegion.OpenData.Maps;

/// <summary>
/// One feature of a GeoJSON file: its number (from 1, in file order), its id, the GeoJSON type of its geometry (null
/// when it has none), what it draws, and its properties (text, number, yes/no, or nested JSON as written).
/// </summary>
internal sealed record GeoFeature(int Number, string? Id, string? GeometryType, GeoShape Shape, IReadOnlyList<KeyValuePair<string, object?>> Properties);
