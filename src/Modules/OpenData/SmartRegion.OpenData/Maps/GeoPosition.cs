namespace SmartRegion.OpenData.Maps;

/// <summary>A WGS84 position as GeoJSON writes it: longitude first.</summary>
internal readonly record struct GeoPosition(double Longitude, double Latitude);
