namespace SmartRegion.Hub.Municipalities;

/// <summary>Legal kind of a municipality, from the Gemeindeverzeichnis.</summary>
internal enum MunicipalityType
{
    KreisfreieStadt,
    Stadt,
    Markt,
    Gemeinde,
}
