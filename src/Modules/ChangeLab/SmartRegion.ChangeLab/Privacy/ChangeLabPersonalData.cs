using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Contracts.Privacy;

namespace SmartRegion.ChangeLab.Privacy;

/// <summary>„Change Lab“ in "Meine Daten": every booking the person made, with resource, time and state.</summary>
internal sealed class ChangeLabPersonalData(ChangeLabDb db) : IPersonalDataContributor
{
    public string Section => "change-lab";

    public async Task<object?> CollectAsync(PersonId person, CancellationToken cancellationToken)
    {
        var bookings = await db.Bookings.AsNoTracking().Where(b => b.PersonId == person.Value)
            .Join(db.Bookables, b => b.BookableId, r => r.Id, (b, r) => new { resource = r.Name, b.StartsAt, endsAt = b.EndsAt, status = b.Status, nameShown = b.PersonName, createdAt = b.CreatedAt })
            .ToListAsync(cancellationToken);
        return bookings.Count == 0 ? null : new { bookings = bookings.OrderBy(b => b.StartsAt).Select(b => new { b.resource, startsAt = b.StartsAt, b.endsAt, b.status, b.nameShown, b.createdAt }) };
    }
}
