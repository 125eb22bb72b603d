using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Contracts;
using SmartRegion.Events.Registrations;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Ui.Components;

namespace SmartRegion.Events.Dates;

/// <summary>
/// A date's new or first start and end, in Europe/Berlin (e.g. <c>2027-03-04T18:30</c>). <see cref="Sequence"/> is the
/// date's version the organiser saw (<c>sequence</c> in the event's dates): when the date changed since, nothing is
/// changed and the answer is 409, so a stale form never overwrites a newer change. Without it, the date as read when
/// the request began counts: a change by someone else in the same moment still gives 409 rather than a mix.
/// </summary>
internal sealed class DateRequest
{
    public DateTime? Starts { get; set; }

    public DateTime? Ends { get; set; }

    public int? Sequence { get; set; }
}

/// <summary>Cancelling one date; <see cref="Sequence"/> as in <see cref="DateRequest"/>.</summary>
internal sealed class CancelDateRequest
{
    public int? Sequence { get; set; }
}

/// <summary>A date after the change: <c>Told</c> is how many registrations and waiting-list entries are mailed about it.</summary>
internal sealed record DateResponse(Guid Id, Guid EventId, DateTimeOffset Starts, DateTimeOffset Ends, int Sequence, bool Cancelled, int Told);

/// <summary>What moving, adding and cancelling a date share: who may, which dates can change, which times are good.</summary>
internal static class DateRules
{
    /// <summary>The event for its organisers: not found, forbidden, or a conflict when the event is cancelled.</summary>
    public static async Task<(Event? Event, Outcome<DateResponse>? Refusal)> OrganiserAsync(
        Guid id, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var item = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (item is null)
        {
            return (null, Outcome<DateResponse>.NotFound(text["Event.NotFound"]));
        }

        if (!await person.CanOrganiseAsync(item, organisations, cancellationToken))
        {
            return (null, Outcome<DateResponse>.Forbidden(text["Scope.Forbidden"]));
        }

        return item.Status == EventStatus.Cancelled ? (null, Outcome<DateResponse>.Conflict(text["Dates.EventCancelled"])) : (item, null);
    }

    /// <summary>Why the date cannot be changed now, as a text key; null when it can.</summary>
    public static string? Refusal(EventDate date, int? sequence, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(date);
        return date.IsCancelled ? "Dates.AlreadyCancelled"
            : date.StartsAt <= now ? "Dates.Started"
            : sequence is { } seen && seen != date.Sequence ? "Dates.Stale"
            : null;
    }

    /// <summary>The times in UTC, or null with each wrong field named.</summary>
    public static (DateTimeOffset Starts, DateTimeOffset Ends)? Times(
        DateRequest request, IEnumerable<EventDate> others, DateTimeOffset now, ValidationErrors errors, IStringLocalizer<EventsText> text)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        errors.AddIf(request.Starts is null, nameof(DateRequest.Starts), text["Field.Starts.Required"]);
        errors.AddIf(request.Ends is null, nameof(DateRequest.Ends), text["Dates.Ends.Required"]);
        if (!errors.IsEmpty)
        {
            return null;
        }

        var starts = Recurrence.ToUtc(request.Starts!.Value);
        var ends = Recurrence.ToUtc(request.Ends!.Value);
        errors.AddIf(starts <= now, nameof(DateRequest.Starts), text["Dates.Starts.Past"]);
        errors.AddIf(ends <= starts, nameof(DateRequest.Ends), text["Dates.Ends.BeforeStart"]);
        errors.AddIf(ends - starts > TimeSpan.FromDays(14), nameof(DateRequest.Ends), text["Dates.Ends.TooLong"]);
        errors.AddIf(others.Any(d => !d.IsCancelled && d.StartsAt == starts), nameof(DateRequest.Starts), text["Dates.Starts.Taken", BerlinTime.Format(starts)]);
        return errors.IsEmpty ? (starts, ends) : null;
    }

    /// <summary>The entries of a date that are told when it changes: registered, offered a seat, waiting or in the lottery, with an address.</summary>
    public static IQueryable<Registration> ToTell(EventsDb db, Guid dateId) =>
        db.Registrations.Where(r => r.DateId == dateId && r.Email != "" &&
            (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Offered || r.Status == RegistrationStatus.Waiting
                || r.Status == RegistrationStatus.Entered));

    /// <summary>Queues one mail per entry of the date (through the outbox, with the change); returns how many.</summary>
    public static async Task<int> TellAsync(EventsDb db, EventDate date, string what, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(date);
        var entries = await ToTell(db, date.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            db.Publish(new RegistrationChanged(entry, date.EventId, what), now);
        }

        return entries.Count;
    }

    public static DateResponse ToResponse(EventDate date, int told)
    {
        ArgumentNullException.ThrowIfNull(date);
        return new DateResponse(date.Id, date.EventId, date.StartsAt, date.EndsAt, date.Sequence, date.IsCancelled, told);
    }
}
