using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Contracts;
using SmartRegion.Events.Registrations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Events.Privacy;

/// <summary>
/// A deleted account's registrations: active ones are cancelled (their seats go to the next in line, as for any
/// cancellation) and every one loses name and address, so the organiser's list keeps only the count. The personal
/// calendar address goes, so a calendar still subscribed to it gets a 404.
/// </summary>
internal sealed class ForgetDeletedPerson(EventsDb db, TimeProvider time) : IIntegrationEventHandler<PersonDeleted>
{
    public async Task HandleAsync(PersonDeleted integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var who = integrationEvent.PersonId.Value;
        await db.PersonalFeeds.Where(f => f.PersonId == who).ExecuteDeleteAsync(cancellationToken);
        var dates = await db.Registrations.Where(r => r.PersonId == who).Select(r => r.DateId).Distinct().ToListAsync(cancellationToken);
        foreach (var dateId in dates)
        {
            var now = time.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SeatLedger.LockAsync(db, dateId, cancellationToken);
            var capacity = await db.Dates.Where(d => d.Id == dateId).Join(db.Events, d => d.EventId, e => e.Id, (d, e) => e.Capacity).SingleAsync(cancellationToken) ?? 0;
            foreach (var registration in await db.Registrations.Where(r => r.PersonId == who && r.DateId == dateId).ToListAsync(cancellationToken))
            {
                if (RegistrationStatus.IsActive(registration.Status))
                {
                    registration.MoveTo(RegistrationStatus.Cancelled, now);
                    db.Publish(new EventChanged(registration.EventId), now);
                }

                registration.Forget(now);
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var offer in await SeatLedger.RebalanceAsync(db, dateId, capacity, now, cancellationToken))
            {
                db.Publish(new RegistrationChanged(offer.Id, offer.EventId, RegistrationChanged.Offered), now);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
