namespace SmartRegion.Events.Contracts;

/// <summary>Paths of the event pages that other modules link to.</summary>
public static class EventsRoutes
{
    /// <summary>The region's public event calendar.</summary>
    public const string Calendar = "/veranstaltungen";

    /// <summary>The page of one event by its slug.</summary>
    /// <param name="slug">The event's slug.</param>
    public static string Event(string slug) => $"{Calendar}/{slug}";
}
