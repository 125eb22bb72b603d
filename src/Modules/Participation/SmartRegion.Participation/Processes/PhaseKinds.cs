namespace SmartRegion.Participation.Processes;

/// <summary>
/// The phases a process runs through, in this order. Each phase switches its components on: projects are shown in
/// every phase, proposals are written and supported only during <see cref="Collection"/>, the ballot is open only during <see cref="Vote"/>, the results are published once the vote has ended.
/// </summary>
internal static class PhaseKinds
{
    public const string Information = "information";
    public const string Collection = "collection";
    public const string Discussion = "discussion";
    public const string Vote = "vote";
    public const string Implementation = "implementation";

    public static readonly IReadOnlyList<string> All = [Information, Collection, Discussion, Vote, Implementation];

    /// <summary>What a process shows in a phase, for the detail page and the API.</summary>
    public static IReadOnlyList<string> ComponentsOf(string kind) => kind switch
    {
        Collection => ["budget-projects", "proposals"],
        Vote => ["budget-projects", "budget-ballot"],
        Implementation => ["budget-projects", "results"],
        _ => ["budget-projects"],
    };
}
