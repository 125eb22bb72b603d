using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.Hub.Roles;

/// <summary>Answers other modules from the role assignments as they are now.</summary>
internal sealed class PersonRoles(HubDb db) : IPersonRoles
{
    public async Task<bool> HoldsAnyAsync(PersonId person, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var wanted = roles.Select(HubRoleNames.Parse).OfType<HubRole>().Distinct().ToList();
        return wanted.Count > 0 && await db.RoleAssignments.AsNoTracking().AnyAsync(r => r.PersonId == person.Value && wanted.Contains(r.Role), cancellationToken);
    }
}
