using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Help.Privacy;

/// <summary>
/// A deleted account leaves no trace of the person in the help directory: revisions they proposed or reviewed stay
/// (the offer's history needs them) but lose the link to the person and the name shown. Idempotent.
/// </summary>
internal sealed class ForgetDeletedPerson(HelpDb db) : IIntegrationEventHandler<PersonDeleted>
{
    public async Task HandleAsync(PersonDeleted integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var id = integrationEvent.PersonId.Value;
        foreach (var revision in await db.OfferRevisions.Where(r => r.AuthorId == id || r.ReviewerId == id).ToListAsync(cancellationToken))
        {
            if (revision.AuthorId == id)
            {
                revision.ForgetAuthor();
            }

            if (revision.ReviewerId == id)
            {
                revision.ForgetReviewer();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
