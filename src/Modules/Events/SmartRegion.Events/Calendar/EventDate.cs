namespace SmartRegion.Events.Calendar;

/// <summary>
/// One date of an event (a single event has one, a series many). <see cref="Arrivals"/> numbers the registrations in
/// the order the database took them, which is the waiting list's order; updating it is also what locks the date.
/// </summary>
internal sealed class EventDate
{
    private EventDate()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public long Arrivals { get; private set; }

    /// <summary>When the date's lottery was drawn; set once, by the database's conditional update that also claims the draw.</summary>
    public DateTimeOffset? DrawnAt { get; private set; }

    public static EventDate Create(Guid eventId, DateTimeOffset startsAt, DateTimeOffset endsAt) =>
        new() { Id = Guid.NewGuid(), EventId = eventId, StartsAt = startsAt.ToUniversalTime(), EndsAt = endsAt.ToUniversalTime() };
}
