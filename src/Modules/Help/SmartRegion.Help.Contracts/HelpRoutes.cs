namespace SmartRegion.Help.Contracts;

/// <summary>Paths of the help directory's pages that other modules link to.</summary>
public static class HelpRoutes
{
    /// <summary>The search page of the help directory.</summary>
    public const string Search = "/hilfe";
}
