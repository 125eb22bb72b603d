using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Contracts.Privacy;

namespace SmartRegion.Events.Privacy;

/// <summary>„Veranstaltungen“ in "Meine Daten": the registrations made while signed in, with what was entered and their state.</summary>
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
                consentAt = x.r.ConsentAt, registeredAt = x.r.CreatedAt,
            })
            .ToListAsync(cancellationToken);
        return registrations.Count == 0 ? null : new { registrations };
    }
}
