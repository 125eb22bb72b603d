namespace SmartRegion.Portal.Contracts;

/// <summary>Paths of the portal's pages that other modules link to.</summary>
public static class PortalRoutes
{
    /// <summary>The home page.</summary>
    public const string Home = "/";

    /// <summary>The easy-to-read explanation of the platform.</summary>
    public const string EasyLanguage = "/leichte-sprache";
}
