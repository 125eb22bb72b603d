using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Registrations;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.Dates;

/// <summary>What the date pages show an organiser: the event and each date with how many would be told of a change (a count, no names).</summary>
internal static class DatesOverview
{
    internal sealed record Row(Guid Id, DateTimeOffset Starts, DateTimeOffset Ends, int Sequence, bool Cancelled, int ToTell)
    {
        public string State(DateTimeOffset now) => Cancelled ? "cancelled" : Starts <= now ? "over" : "planned";
    }

    internal sealed record View(Guid Id, string Title, string Slug, string Status, IReadOnlyList<Row> Dates)
    {
        public bool EventCancelled => Status == EventStatus.Cancelled;

        /// <summary>Whether the date can still be moved or cancelled.</summary>
        public bool CanChange(Row date, DateTimeOffset now) => !EventCancelled && date.State(now) == "planned";

        /// <summary>Why the date cannot be changed, as a text key; null when it can.</summary>
        public string? Refusal(Row date, DateTimeOffset now)
        {
            ArgumentNullException.ThrowIfNull(date);
            return EventCancelled ? "Dates.EventCancelled" : date.Cancelled ? "Dates.AlreadyCancelled" : date.Starts <= now ? "Dates.Started" : null;
        }
    }

    public static async Task<Outcome<View>> LoadAsync(
        Guid id, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var item = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (item is null)
        {
            return Outcome<View>.NotFound(text["Event.NotFound"]);
        }

        if (!await person.CanOrganiseAsync(item, organisations, cancellationToken))
        {
            return Outcome<View>.Forbidden(text["Scope.Forbidden"]);
        }

        var dates = await db.Dates.AsNoTracking().Where(d => d.EventId == id).OrderBy(d => d.StartsAt).ToListAsync(cancellationToken);
        var counts = await db.Registrations.AsNoTracking().Where(r => r.EventId == id && r.Email != "" &&
                (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Offered || r.Status == RegistrationStatus.Waiting
                    || r.Status == RegistrationStatus.Entered))
            .GroupBy(r => r.DateId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var rows = dates.Select(d => new Row(d.Id, d.StartsAt, d.EndsAt, d.Sequence, d.IsCancelled, counts.GetValueOrDefault(d.Id))).ToList();
        return Outcome<View>.Ok(new View(item.Id, item.Title, item.Slug, item.Status, rows));
    }
}
