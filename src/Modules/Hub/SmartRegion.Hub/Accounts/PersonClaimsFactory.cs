using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Roles;

namespace SmartRegion.Hub.Accounts;

/// <summary>Puts the person's name, language, roles and role scopes into the sign-in, so every request knows them without a lookup.</summary>
internal sealed class PersonClaimsFactory(UserManager<Person> users, IOptions<IdentityOptions> options, HubDb db)
    : UserClaimsPrincipalFactory<Person>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Person user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.RemoveClaim(identity.FindFirst(ClaimTypes.Name));
        identity.AddClaim(new Claim(ClaimTypes.Name, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        identity.AddClaim(new Claim("locale", user.PreferredLanguage));
        identity.AddClaim(new Claim(ClaimTypes.Role, HubRoles.Resident));
        var assignments = await db.RoleAssignments.AsNoTracking().Where(r => r.PersonId == user.Id).ToListAsync();
        foreach (var role in assignments.Select(a => a.Role).Distinct())
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role.ToClaim()));
        }

        foreach (var scoped in assignments.Where(a => a.MunicipalityAgs is not null))
        {
            identity.AddClaim(new Claim(HubRoles.ScopeClaim, $"{scoped.Role.ToClaim()}@{scoped.MunicipalityAgs}"));
        }

        if (await db.Set<Organisations.OrganisationMember>().AnyAsync(m => m.PersonId == user.Id))
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, HubRoles.OrganisationMember));
        }

        return identity;
    }
}
