using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Roles;

namespace SmartRegion.Hub.Accounts;

/// <summary>Answers other modules' questions about whom to write to.</summary>
internal sealed class PersonContacts(HubDb db) : IPersonContacts
{
    public async Task<MemberContact?> FindAsync(PersonId person, CancellationToken cancellationToken)
    {
        var row = await db.Users.AsNoTracking().Where(p => p.Id == person.Value && p.EmailConfirmed && p.Email != null)
            .Select(p => new { p.Id, p.DisplayName, p.Email, p.PreferredLanguage }).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new MemberContact(new PersonId(row.Id), row.DisplayName, row.Email!, row.PreferredLanguage);
    }

    public async Task<IReadOnlyList<MemberContact>> ListAdministratorsAsync(string municipalityAgs, CancellationToken cancellationToken)
    {
        var local = await WithRoleAsync(HubRole.MunicipalityAdmin, municipalityAgs, cancellationToken);
        return local.Count > 0 ? local : await WithRoleAsync(HubRole.RegionAdmin, null, cancellationToken);
    }

    private async Task<IReadOnlyList<MemberContact>> WithRoleAsync(HubRole role, string? municipalityAgs, CancellationToken cancellationToken)
    {
        var rows = await (
                from r in db.RoleAssignments.AsNoTracking()
                where r.Role == role && (municipalityAgs == null || r.MunicipalityAgs == municipalityAgs)
                join p in db.Users on r.PersonId equals p.Id
                where p.EmailConfirmed && p.Email != null
                orderby r.GrantedAt
                select new { p.Id, p.DisplayName, p.Email, p.PreferredLanguage })
            .ToListAsync(cancellationToken);
        return [.. rows.DistinctBy(r => r.Id).Select(r => new MemberContact(new PersonId(r.Id), r.DisplayName, r.Email!, r.PreferredLanguage))];
    }
}
