namespace SmartRegion.Ui.Maps;

/// <summary>A WGS84 position as GeoJSON writes it: longitude first.</summary>
public readonly record struct GeoPoint(double Longitude, double Latitude)
{
    /// <summary>Web Mercator (EPSG:3857) in world units: the whole world is the square 0…1, y growing southward, as tile servers cut it.</summary>
    public WorldPoint ToWorld()
    {
        var latitude = Math.Clamp(Latitude, -85.05112878, 85.05112878) * Math.PI / 180;
        return new WorldPoint((Longitude + 180) / 360, (1 - (Math.Log(Math.Tan(latitude) + (1 / Math.Cos(latitude))) / Math.PI)) / 2);
    }
}

/// <summary>A point in Web Mercator world units (0…1 each way).</summary>
public readonly record struct WorldPoint(double X, double Y)
{
    /// <summary>The latitude of a world y, for the length of a metre there.</summary>
    public static double Latitude(double y) => Math.Atan(Math.Sinh(Math.PI * (1 - (2 * y)))) * 180 / Math.PI;
}
