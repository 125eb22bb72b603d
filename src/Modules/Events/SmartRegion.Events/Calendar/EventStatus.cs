namespace SmartRegion.Events.Calendar;

/// <summary>Draft (only organisers see it) → published (public) → cancelled (stays visible, marked, takes no registrations).</summary>
internal static class EventStatus
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Cancelled = "cancelled";
}
