namespace SmartRegion.Hub.Contracts.Municipalities;

/// <summary>The Amtlicher Gemeindeschlüssel: eight digits that identify a municipality in Germany.</summary>
public static class Ags
{
    /// <summary>AGS of the kreisfreie Stadt Würzburg.</summary>
    public const string Wuerzburg = "09663000";

    /// <summary>True when <paramref name="value"/> has the form of an AGS (exactly eight ASCII digits).</summary>
    public static bool IsWellFormed(string? value) =>
        value is { Length: 8 } && value.All(char.IsAsciiDigit);
}
