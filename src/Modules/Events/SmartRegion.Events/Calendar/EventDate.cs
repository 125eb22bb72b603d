namespace SmartRegion.Events.Calendar;

/// <summary>
/// One date of an event (a single event has one, a series many). <see cref="Arrivals"/> numbers the registrations in
/// the order the database took them, which is the waiting list's order; updating it is also what locks the date.
/// Organisers may move a date, add one or cancel one after the event was created; registrations stay bound to the
/// date's id, so a moved date keeps its seats and its line. <see cref="Sequence"/> counts the changes for calendar
/// programs (iCalendar SEQUENCE: the same UID with a higher number replaces the entry).
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

    /// <summary>How often the date was moved or cancelled; also the version an organiser's form was made from.</summary>
    public int Sequence { get; private set; }

    /// <summary>When the organisers cancelled this one date; it then takes no registrations and shows as cancelled.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    public bool IsCancelled => CancelledAt is not null;

    /// <summary>New start and end; registrations stay, and calendar programs see a newer version of the same entry.</summary>
    public void Move(DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
        Sequence++;
    }

    public void Cancel(DateTimeOffset now)
    {
        CancelledAt = now;
        Sequence++;
    }

    public static EventDate Create(Guid eventId, DateTimeOffset startsAt, DateTimeOffset endsAt) =>
        new() { Id = Guid.NewGuid(), EventId = eventId, StartsAt = startsAt.ToUniversalTime(), EndsAt = endsAt.ToUniversalTime() };
}
