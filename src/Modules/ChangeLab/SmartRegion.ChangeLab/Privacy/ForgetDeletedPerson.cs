using Microsoft.EntityFrameworkCore;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.ChangeLab.Privacy;

/// <summary>
/// A deleted account leaves no trace of the person in the Change Lab: bookings still to come are given back (the slots
/// are free for colleagues), past ones stay as a record of use without the person. Idempotent.
/// </summary>
internal sealed class ForgetDeletedPerson(ChangeLabDb db, TimeProvider time) : IIntegrationEventHandler<PersonDeleted>
{
    public async Task HandleAsync(PersonDeleted integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var id = integrationEvent.PersonId.Value;
        var now = time.GetUtcNow();
        foreach (var booking in await db.Bookings.Include(b => b.Units).Where(b => b.PersonId == id || b.DecidedBy == id).ToListAsync(cancellationToken))
        {
            if (booking.PersonId == id && BookingStatus.Holds(booking.Status) && booking.EndsAt > now)
            {
                booking.Cancel(now);
            }

            booking.ForgetPerson(id);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
