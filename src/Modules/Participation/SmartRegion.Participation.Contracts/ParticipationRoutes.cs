namespace SmartRegion.Participation.Contracts;

/// <summary>Paths of the participation pages that other modules link to.</summary>
public static class ParticipationRoutes
{
    /// <summary>The list of participation processes („Mach mit“).</summary>
    public const string Processes = "/mitmachen";
}
