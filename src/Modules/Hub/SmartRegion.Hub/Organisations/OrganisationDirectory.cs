using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.Hub.Organisations;

/// <summary>Answers other modules' questions about organisations and membership.</summary>
internal sealed class OrganisationDirectory(HubDb db) : IOrganisationDirectory
{
    public Task<bool> IsMemberAsync(PersonId person, OrganisationId organisation, CancellationToken cancellationToken) =>
        db.Set<OrganisationMember>().AnyAsync(m => m.OrganisationId == organisation.Value && m.PersonId == person.Value, cancellationToken);

    public Task<bool> IsOwnerAsync(PersonId person, OrganisationId organisation, CancellationToken cancellationToken) =>
        db.Set<OrganisationMember>().AnyAsync(
            m => m.OrganisationId == organisation.Value && m.PersonId == person.Value && m.Role == OrganisationRole.Owner, cancellationToken);

    public async Task<IReadOnlyList<OrganisationSummary>> ListForPersonAsync(PersonId person, CancellationToken cancellationToken)
    {
        var rows = await (
                from m in db.Set<OrganisationMember>().AsNoTracking()
                where m.PersonId == person.Value
                join o in db.Set<Organisation>() on m.OrganisationId equals o.Id
                orderby o.Name
                select new { o.Id, o.Name, o.Kind, o.MunicipalityAgs, m.Role })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new OrganisationSummary(new OrganisationId(r.Id), r.Name, OrganisationNames.Kind(r.Kind), r.MunicipalityAgs, r.Role == OrganisationRole.Owner))];
    }

    public async Task<OrganisationSummary?> FindAsync(OrganisationId organisation, CancellationToken cancellationToken)
    {
        var row = await db.Set<Organisation>().AsNoTracking().Where(o => o.Id == organisation.Value)
            .Select(o => new { o.Id, o.Name, o.Kind, o.MunicipalityAgs }).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new OrganisationSummary(new OrganisationId(row.Id), row.Name, OrganisationNames.Kind(row.Kind), row.MunicipalityAgs, false);
    }

    public async Task<IReadOnlyList<MemberContact>> ListMemberContactsAsync(OrganisationId organisation, CancellationToken cancellationToken)
    {
        var rows = await (
                from m in db.Set<OrganisationMember>().AsNoTracking()
                where m.OrganisationId == organisation.Value
                join p in db.Users on m.PersonId equals p.Id
                where p.EmailConfirmed && p.Email != null
                select new { p.Id, p.DisplayName, p.Email, p.PreferredLanguage, m.Role, m.JoinedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Role == OrganisationRole.Owner ? 0 : 1).ThenBy(r => r.JoinedAt)
            .Select(r => new MemberContact(new PersonId(r.Id), r.DisplayName, r.Email!, r.PreferredLanguage))];
    }
}
