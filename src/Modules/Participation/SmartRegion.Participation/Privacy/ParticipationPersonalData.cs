using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Contracts.Privacy;

namespace SmartRegion.Participation.Privacy;

/// <summary>
/// „Beteiligung“ in "Meine Daten": where the person is verified as a resident and in which processes they voted, on
/// which channel and day, the proposals they wrote and supported. Never their choices: the platform cannot tell them, because the ballot carries no person.
/// </summary>
internal sealed class ParticipationPersonalData(ParticipationDb db) : IPersonalDataContributor
{
    public string Section => "beteiligung";

    public async Task<object?> CollectAsync(PersonId person, CancellationToken cancellationToken)
    {
        var verified = await db.VerifiedResidents.AsNoTracking().Where(r => r.PersonId == person.Value).OrderBy(r => r.VerifiedAt)
            .Select(r => new { municipality = r.MunicipalityAgs, method = r.Method, nameOnRecord = r.Name, verifiedAt = r.VerifiedAt })
            .ToListAsync(cancellationToken);
        var voted = await db.Voters.AsNoTracking().Where(v => v.PersonId == person.Value)
            .Join(db.Processes.IgnoreAutoIncludes(), v => v.ProcessId, p => p.Id, (v, p) => new { process = p.Title, channel = v.Channel, day = v.VotedOn })
            .ToListAsync(cancellationToken);
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.AuthorId == person.Value).OrderBy(p => p.CreatedAt)
            .Select(p => new { title = p.Title, text = p.Text, shownName = p.AuthorName, status = p.Status, createdAt = p.CreatedAt })
            .ToListAsync(cancellationToken);
        var supported = await db.ProposalSupports.AsNoTracking().Where(s => s.PersonId == person.Value)
            .Join(db.Proposals, s => s.ProposalId, p => p.Id, (s, p) => new { proposal = p.Title, supportedAt = s.CreatedAt })
            .ToListAsync(cancellationToken);
        return verified.Count == 0 && voted.Count == 0 && proposals.Count == 0 && supported.Count == 0
            ? null
            : new { verifiedResident = verified, voted, proposals, supported };
    }
}
