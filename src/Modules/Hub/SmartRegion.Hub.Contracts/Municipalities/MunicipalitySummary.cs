namespace SmartRegion.Hub.Contracts.Municipalities;

/// <summary>A municipality of the region as other modules see it: the tenant they scope content and staff to.</summary>
/// <param name="Ags">Amtlicher Gemeindeschlüssel (8 digits).</param>
/// <param name="Name">Official name, e.g. <c>Zell a.Main</c>.</param>
/// <param name="Type">Kreisfreie Stadt, Stadt, Markt or Gemeinde.</param>
/// <param name="Verwaltungsgemeinschaft">Name of the administrative association, if any.</param>
/// <param name="Latitude">WGS84 latitude of the main locality.</param>
/// <param name="Longitude">WGS84 longitude of the main locality.</param>
/// <param name="Population">Inhabitants at the reference date.</param>
public sealed record MunicipalitySummary(
    string Ags,
    string Name,
    string Type,
    string? Verwaltungsgemeinschaft,
    double Latitude,
    double Longitude,
    int Population);
