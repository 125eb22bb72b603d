namespace SmartRegion.Help.Feedback;

/// <summary>What can be wrong with an offer's entry; the codes are stored and used by the API, the texts come from the resources.</summary>
internal static class FeedbackReasons
{
    public const string Phone = "phone";
    public const string Address = "address";
    public const string Hours = "hours";
    public const string Costs = "costs";
    public const string Description = "description";
    public const string Ended = "ended";
    public const string Other = "other";

    /// <summary>All codes in the order the form shows them.</summary>
    public static readonly IReadOnlyList<string> All = [Phone, Address, Hours, Costs, Description, Ended, Other];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}
