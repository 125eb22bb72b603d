using System.Collections.Immutable;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Roles;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SmartRegion.Hub.SingleSignOn;

/// <summary>
/// What a client learns about a person, by scope: <c>sub</c> always; <c>name</c> and <c>locale</c> with
/// <c>profile</c>; <c>email</c> and <c>email_verified</c> with <c>email</c>; <c>roles</c> and <c>municipalities</c>
/// (AGS of the scoped roles) as arrays with <c>roles</c>. Claims go into the identity token and, where module APIs
/// need them to decide, into the access token too.
/// </summary>
internal static class PersonIdentity
{
    public const string RolesClaim = "roles";
    public const string MunicipalitiesClaim = "municipalities";

    internal sealed record Facts(Guid Id, string Name, string? Email, bool EmailVerified, string Locale, string[] Roles, string[] Scoped, string[] Municipalities);

    public static async Task<Facts> LoadAsync(Person person, HubDb db, CancellationToken cancellationToken)
    {
        var assignments = await db.RoleAssignments.AsNoTracking().Where(r => r.PersonId == person.Id).ToListAsync(cancellationToken);
        string[] roles = [HubRoles.Resident, .. assignments.Select(a => a.Role.ToClaim()).Distinct().Where(r => r != HubRoles.Resident)];
        var scoped = assignments.Where(a => a.MunicipalityAgs is not null).Select(a => $"{a.Role.ToClaim()}@{a.MunicipalityAgs}").Distinct().ToArray();
        var municipalities = assignments.Select(a => a.MunicipalityAgs).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();
        var name = string.IsNullOrWhiteSpace(person.DisplayName) ? person.Email ?? "" : person.DisplayName;
        return new Facts(person.Id, name, person.Email, person.EmailConfirmed, person.PreferredLanguage, roles, scoped, municipalities);
    }

    /// <summary>The identity handed to OpenIddict for the granted <paramref name="scopes"/>.</summary>
    public static ClaimsIdentity Create(Facts facts, ImmutableArray<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, facts.Id.ToString());
        if (scopes.Contains(Scopes.Profile))
        {
            identity.SetClaim(Claims.Name, facts.Name);
            identity.SetClaim(Claims.Locale, facts.Locale);
        }

        if (scopes.Contains(Scopes.Email) && facts.Email is not null)
        {
            identity.SetClaim(Claims.Email, facts.Email);
            identity.SetClaim(Claims.EmailVerified, facts.EmailVerified);
        }

        if (scopes.Contains(Scopes.Roles))
        {
            // JSON arrays, so a person with one role or one municipality still gets an array.
            identity.AddClaim(new Claim(RolesClaim, JsonSerializer.Serialize(facts.Roles), JsonClaimValueTypes.JsonArray));
            identity.AddClaim(new Claim(MunicipalitiesClaim, JsonSerializer.Serialize(facts.Municipalities), JsonClaimValueTypes.JsonArray));
            // For the APIs' own checks: role claims as the validation stack reads them, and the scoped roles.
            foreach (var role in facts.Roles)
            {
                identity.AddClaim(new Claim(Claims.Role, role));
            }

            foreach (var scope in facts.Scoped)
            {
                identity.AddClaim(new Claim(HubRoles.ScopeClaim, scope));
            }
        }

        identity.SetScopes(scopes);
        identity.SetResources(OidcScopes.Audience);
        identity.SetDestinations(DestinationsOf);
        return identity;
    }

    /// <summary>The userinfo answer for the scopes of the access token.</summary>
    public static Dictionary<string, object> UserInfo(Facts facts, ImmutableArray<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var info = new Dictionary<string, object>(StringComparer.Ordinal) { [Claims.Subject] = facts.Id.ToString() };
        if (scopes.Contains(Scopes.Profile))
        {
            info[Claims.Name] = facts.Name;
            info[Claims.Locale] = facts.Locale;
        }

        if (scopes.Contains(Scopes.Email) && facts.Email is not null)
        {
            info[Claims.Email] = facts.Email;
            info[Claims.EmailVerified] = facts.EmailVerified;
        }

        if (scopes.Contains(Scopes.Roles))
        {
            info[RolesClaim] = facts.Roles;
            info[MunicipalitiesClaim] = facts.Municipalities;
        }

        return info;
    }

    private static IEnumerable<string> DestinationsOf(Claim claim) => claim.Type switch
    {
        Claims.Name or Claims.Locale or RolesClaim or MunicipalitiesClaim => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Email or Claims.EmailVerified => [Destinations.IdentityToken],
        Claims.Role or HubRoles.ScopeClaim => [Destinations.AccessToken],
        _ => [Destinations.AccessToken],
    };
}
