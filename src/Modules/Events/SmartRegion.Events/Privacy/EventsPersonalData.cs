using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Contracts.Privacy;

namespace SmartRegion.Events.Privacy;

/// <summary>
/// „Veranstaltungen“ in "Meine Daten": the registrations made while signed in, with what was entered, their state and when the person was checked in,
/// and whether a personal calendar address exists and since when (the address itself is not kept, only its hash).
/// </summary>
internal sealed class EventsPersonalData(EventsDb db) : IPersonalDataContributor
{
    public string Section => "veranstaltungen";

    public async Task<object?> CollectAsync(PersonId person, CancellationToken cancellationToken)
    {
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.PersonId == person.Value)
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new { r, e.Title })
            .Join(db.Dates, x => x.r.DateId, d => d.Id, (x, d) => new
            {
                @event = x.Title, starts = d.StartsAt, status = x.r.Status, seats = x.r.Seats, name = x.r.Name, email = x.r.Email, needs = x.r.Needs,
                consentAt = x.r.ConsentAt, registeredAt = x.r.CreatedAt, checkedInAt = x.r.CheckedInAt,
            })
            .ToListAsync(cancellationToken);
        var feedSince = await db.PersonalFeeds.AsNoTracking().Where(f => f.PersonId == person.Value).Select(f => (DateTimeOffset?)f.CreatedAt)
            .SingleOrDefaultAsync(cancellationToken);
        var calendarAddress = feedSince is null ? null : new { exists = true, since = feedSince };
        return registrations.Count == 0 && calendarAddress is null ? null : new { registrations, calendarAddress };
    }
}
