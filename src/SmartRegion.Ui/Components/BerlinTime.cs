using System.Globalization;

namespace SmartRegion.Ui.Components;

/// <summary>Times people see are shown in the region's time zone, whatever the server's zone is.</summary>
public static class BerlinTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>Converts to Europe/Berlin.</summary>
    public static DateTimeOffset ToBerlin(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Zone);

    /// <summary>Date and time in Europe/Berlin, in the current culture's short format.</summary>
    public static string Format(DateTimeOffset value) =>
        ToBerlin(value).ToString("g", CultureInfo.CurrentCulture);
}
