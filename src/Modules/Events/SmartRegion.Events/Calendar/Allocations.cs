namespace SmartRegion.Events.Calendar;

/// <summary>How an event gives out its seats.</summary>
internal static class Allocations
{
    /// <summary>First come, first served: confirmed while seats are free, then the waiting list in arrival order.</summary>
    public const string FirstCome = "first-come";

    /// <summary>
    /// A lottery: registrations until the draw are entered; the draw puts them in a random order, the first get the seats
    /// and the rest wait in that order. Registrations after the draw are first come, first served.
    /// </summary>
    public const string Lottery = "lottery";

    public static readonly IReadOnlyList<string> All = [FirstCome, Lottery];
}
