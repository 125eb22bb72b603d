namespace SmartRegion.OpenData.Contracts;

/// <summary>Paths of the open data catalogue's pages that other modules link to.</summary>
public static class OpenDataRoutes
{
    /// <summary>The catalogue search page.</summary>
    public const string Catalogue = "/daten";
}
