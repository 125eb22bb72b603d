using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Contracts.Privacy;
using SmartRegion.Hub.Organisations;
using SmartRegion.Hub.Roles;
using SmartRegion.Hub.SingleSignOn;

namespace SmartRegion.Hub.Privacy;

/// <summary>The Hub's own part of "Meine Daten": profile, sign-in facts (never secrets), roles, consents given to applications.</summary>
internal sealed class HubPersonalData(HubDb db, IOpenIddictAuthorizationManager authorizations, IOpenIddictApplicationManager applications) : IPersonalDataContributor
{
    public string Section => "hub";

    public async Task<object?> CollectAsync(PersonId person, CancellationToken cancellationToken)
    {
        var profile = await db.Users.AsNoTracking()
            .Where(p => p.Id == person.Value)
            .Select(p => new
            {
                id = p.Id,
                displayName = p.DisplayName,
                email = p.Email,
                emailConfirmed = p.EmailConfirmed,
                homeMunicipalityAgs = p.HomeMunicipalityAgs,
                preferredLanguage = p.PreferredLanguage,
                notifyByEmail = p.NotifyByEmail,
                createdAt = p.CreatedAt,
                twoFactorEnabled = p.TwoFactorEnabled,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (profile is null)
        {
            return null;
        }

        var roles = await db.Set<RoleAssignment>().AsNoTracking()
            .Where(r => r.PersonId == person.Value)
            .OrderBy(r => r.GrantedAt)
            .Select(r => new { role = r.Role.ToString(), municipalityAgs = r.MunicipalityAgs, grantedAt = r.GrantedAt })
            .ToListAsync(cancellationToken);
        var logins = await db.UserLogins.AsNoTracking()
            .Where(l => l.UserId == person.Value)
            .Select(l => new { provider = l.LoginProvider, name = l.ProviderDisplayName })
            .ToListAsync(cancellationToken);
        var organisations = await db.Set<OrganisationMember>().AsNoTracking()
            .Where(m => m.PersonId == person.Value)
            .Join(db.Set<Organisation>(), m => m.OrganisationId, o => o.Id, (m, o) => new { organisation = o.Name, role = m.Role.ToString(), joinedAt = m.JoinedAt })
            .ToListAsync(cancellationToken);
        var applicationConsents = (await MyApplications.ListAsync(person, authorizations, applications, cancellationToken))
            .Select(a => new { application = a.Name, clientId = a.ClientId, scopes = a.Scopes, grantedAt = a.GrantedAt });
        return new { profile, roles, organisations, externalLogins = logins, applicationConsents };
    }
}
