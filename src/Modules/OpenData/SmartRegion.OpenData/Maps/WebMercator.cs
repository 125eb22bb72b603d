namespace SmartRegion.OpenData.Maps;

/// <summary>
/// Web Mercator (EPSG:3857) in world units: the whole world is the square 0…1 with y growing southward, the same square
/// the usual tile servers cut into 2^z × 2^z tiles. Latitudes beyond ±85.0511° (where the square ends) are clamped.
/// </summary>
internal static class WebMercator
{
    public const double MaxLatitude = 85.05112878;

    public static (double X, double Y) World(GeoPosition position)
    {
        var latitude = Math.Clamp(position.Latitude, -MaxLatitude, MaxLatitude) * Math.PI / 180;
        var x = (position.Longitude + 180) / 360;
        var y = (1 - (Math.Log(Math.Tan(latitude) + (1 / Math.Cos(latitude))) / Math.PI)) / 2;
        return (x, y);
    }

    public static double Longitude(double x) => (x * 360) - 180;

    public static double Latitude(double y) => Math.Atan(Math.Sinh(Math.PI * (1 - (2 * y)))) * 180 / Math.PI;
}
