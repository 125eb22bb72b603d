namespace SmartRegion.Hub.Municipalities;

/// <summary>The Gemeindeverzeichnis spelling of each type, used in the seed file and the API.</summary>
internal static class MunicipalityTypeNames
{
    public static string ToDisplay(this MunicipalityType type) => type switch
    {
        MunicipalityType.KreisfreieStadt => "Kreisfreie Stadt",
        MunicipalityType.Stadt => "Stadt",
        MunicipalityType.Markt => "Markt",
        _ => "Gemeinde",
    };

    public static MunicipalityType? Parse(string value) => value.Trim() switch
    {
        "Kreisfreie Stadt" => MunicipalityType.KreisfreieStadt,
        "Stadt" => MunicipalityType.Stadt,
        "Markt" => MunicipalityType.Markt,
        "Gemeinde" => MunicipalityType.Gemeinde,
        _ => null,
    };
}
