using Microsoft.EntityFrameworkCore;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.ChangeLab.Privacy;

/// <summary>
/// A deleted account leaves no trace of the person in the Change Lab: bookings still to come are given back (the slots
/// are free for colleagues), past ones stay as a record of use without the person; ideas and comments stay without
/// the person, supports, the secret calendar address and the consent to be shown to colleagues go, and no project names
/// them as its last editor any more. Idempotent.
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

        // Ideas and comments stay for the colleagues who discuss them, without the person; their supports go.
        foreach (var idea in await db.Ideas.Where(i => i.AuthorId == id || i.DecidedBy == id).ToListAsync(cancellationToken))
        {
            idea.ForgetPerson(id);
        }

        foreach (var comment in await db.IdeaComments.Where(c => c.AuthorId == id).ToListAsync(cancellationToken))
        {
            comment.ForgetAuthor();
        }

        // A project they changed last no longer names them.
        foreach (var project in await db.Projects.Where(p => p.UpdatedBy == id).ToListAsync(cancellationToken))
        {
            project.ForgetPerson(id);
        }

        // The calendar address goes with the account: a subscribed calendar gets a 404 from then on.
        db.FeedAddresses.RemoveRange(await db.FeedAddresses.Where(f => f.PersonId == id).ToListAsync(cancellationToken));
        // The consent to be shown in „Wer ist heute da?“ goes as well.
        db.PresenceSharings.RemoveRange(await db.PresenceSharings.Where(p => p.PersonId == id).ToListAsync(cancellationToken));
        db.IdeaSupports.RemoveRange(await db.IdeaSupports.Where(s => s.PersonId == id).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }
}
