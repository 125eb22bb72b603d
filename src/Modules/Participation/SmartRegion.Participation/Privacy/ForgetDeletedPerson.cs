using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Outbox;
using SmartRegion.Participation.Contracts;
using SmartRegion.Participation.Proposals;

namespace SmartRegion.Participation.Privacy;

/// <summary>
/// A deleted account leaves no trace of the person in „Mach mit“. The verification as a resident goes. What the process
/// needs to stay true stays, linked to no one: proposals keep their text and supports but lose the author and the name
/// shown; supports and the record of having voted keep counting, under a random id in place of the person's (so the
/// unique keys still hold and nothing points back). Ballots never carried the person. Idempotent: a second delivery
/// finds nothing of the person any more.
/// </summary>
internal sealed class ForgetDeletedPerson(ParticipationDb db, TimeProvider time) : IIntegrationEventHandler<PersonDeleted>
{
    public async Task HandleAsync(PersonDeleted integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var id = integrationEvent.PersonId.Value;
        var changed = new HashSet<Guid>();
        foreach (var proposal in await db.Proposals.Where(p => p.AuthorId == id).ToListAsync(cancellationToken))
        {
            proposal.ForgetAuthor();
            changed.Add(proposal.ProcessId);
        }

        // The person is part of a support's key, so the row is written anew under a random id.
        var supports = await db.ProposalSupports.Where(s => s.PersonId == id)
            .Join(db.Proposals, s => s.ProposalId, p => p.Id, (s, p) => new { Support = s, p.ProcessId }).ToListAsync(cancellationToken);
        foreach (var s in supports)
        {
            db.ProposalSupports.Remove(s.Support);
            db.ProposalSupports.Add(ProposalSupport.Create(s.Support.ProposalId, Guid.NewGuid(), s.Support.CreatedAt));
            changed.Add(s.ProcessId);
        }

        foreach (var voter in await db.Voters.Where(v => v.PersonId == id).ToListAsync(cancellationToken))
        {
            voter.ForgetPerson();
        }

        db.VerifiedResidents.RemoveRange(await db.VerifiedResidents.Where(r => r.PersonId == id).ToListAsync(cancellationToken));
        foreach (var process in changed)
        {
            // The cached proposal pages showed the name.
            db.Publish(new ProcessChanged(process), time.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
