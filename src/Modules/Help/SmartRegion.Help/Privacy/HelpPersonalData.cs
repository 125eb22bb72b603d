using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Contracts.Privacy;

namespace SmartRegion.Help.Privacy;

/// <summary>„Hilfeangebote“ in "Meine Daten": the offer changes the person proposed and the ones they reviewed.</summary>
internal sealed class HelpPersonalData(HelpDb db) : IPersonalDataContributor
{
    public string Section => "hilfeangebote";

    public async Task<object?> CollectAsync(PersonId person, CancellationToken cancellationToken)
    {
        var proposed = await db.OfferRevisions.AsNoTracking().Where(r => r.AuthorId == person.Value).OrderBy(r => r.CreatedAt)
            .Select(r => new
            {
                revisionId = r.Id,
                serviceId = r.ServiceId,
                offer = r.ServiceName,
                newOffer = r.IsNewOffer,
                proposedAt = r.CreatedAt,
                nameShown = r.AuthorName,
                comment = r.AuthorComment,
                status = r.Status.ToString(),
                reviewedAt = r.ReviewedAt,
                reviewReason = r.ReviewReason,
                proposedOffer = r.Snapshot,
            })
            .ToListAsync(cancellationToken);
        var reviewed = await db.OfferRevisions.AsNoTracking().Where(r => r.ReviewerId == person.Value).OrderBy(r => r.ReviewedAt)
            .Select(r => new { revisionId = r.Id, serviceId = r.ServiceId, offer = r.ServiceName, status = r.Status.ToString(), reviewedAt = r.ReviewedAt, nameShown = r.ReviewerName, reason = r.ReviewReason })
            .ToListAsync(cancellationToken);
        return proposed.Count == 0 && reviewed.Count == 0 ? null : new { proposedChanges = proposed, reviewedChanges = reviewed };
    }
}
