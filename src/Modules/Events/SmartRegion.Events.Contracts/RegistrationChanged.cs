using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Events.Contracts;

/// <summary>Something happened to a registration that the person is told about by mail.</summary>
/// <param name="RegistrationId">The registration.</param>
/// <param name="CalendarEventId">Its event.</param>
/// <param name="What">One of <see cref="Registered"/>, <see cref="Offered"/>, <see cref="Cancelled"/>, <see cref="Confirmed"/>,
/// <see cref="Expired"/>, <see cref="Lapsed"/>.</param>
public sealed record RegistrationChanged(Guid RegistrationId, Guid CalendarEventId, string What) : IntegrationEvent
{
    /// <summary>Registered (confirmed or on the waiting list).</summary>
    public const string Registered = "registered";

    /// <summary>A freed seat is offered for a limited time.</summary>
    public const string Offered = "offered";

    /// <summary>The person cancelled or left the list.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>An offered seat was accepted.</summary>
    public const string Confirmed = "confirmed";

    /// <summary>An offered seat was not taken in time and went to the next person.</summary>
    public const string Expired = "expired";

    /// <summary>The e-mail address was not confirmed in time; the registration no longer holds a seat or a place in line.</summary>
    public const string Lapsed = "lapsed";

    /// <summary>The date is near: a reminder goes to a confirmed registration once.</summary>
    public const string Reminder = "reminder";

    /// <summary>The lottery gave the entry a seat.</summary>
    public const string Won = "won";

    /// <summary>The lottery put the entry on the waiting list, at its drawn place.</summary>
    public const string NotWon = "not-won";

    /// <summary>The organisers moved the entry's date; the registration stays valid for the new time.</summary>
    public const string DateMoved = "date-moved";

    /// <summary>The organisers cancelled the entry's date (the event's other dates stay).</summary>
    public const string DateCancelled = "date-cancelled";

    /// <summary>The organisers cancelled the whole event, with a reason.</summary>
    public const string EventCancelled = "event-cancelled";
}
