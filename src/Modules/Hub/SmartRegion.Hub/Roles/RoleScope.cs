using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.Hub.Roles;

/// <summary>
/// Who may manage which role where: region admins every role everywhere; a municipality admin only staff and
/// moderators, only in the municipalities they administer.
/// </summary>
internal sealed class RoleScope(IAuthorizationService authorization, IHttpContextAccessor http, ICurrentPerson person)
{
    public ICurrentPerson Person => person;

    public bool IsRegionAdmin => person.IsRegionAdmin;

    public async Task<bool> AdministersAsync(string ags)
    {
        var user = http.HttpContext?.User;
        return user is not null && (await authorization.AuthorizeAsync(user, ags, HubPolicies.AdministersMunicipality)).Succeeded;
    }

    public async Task<bool> MayManageAsync(HubRole role, string? ags) =>
        person.IsRegionAdmin || (role is HubRole.Staff or HubRole.Moderator && ags is not null && await AdministersAsync(ags));

    /// <summary>The roles the person may grant, in the order forms offer them.</summary>
    public IReadOnlyList<HubRole> GrantableRoles =>
        person.IsRegionAdmin
            ? [HubRole.Staff, HubRole.Moderator, HubRole.MunicipalityAdmin, HubRole.RegionAdmin]
            : person.MunicipalitiesWhere(HubRoles.MunicipalityAdmin).Count > 0 ? [HubRole.Staff, HubRole.Moderator] : [];

    /// <summary>The municipalities whose roles the person manages; null means all (region admins).</summary>
    public IReadOnlyList<string>? AdministeredMunicipalities =>
        person.IsRegionAdmin ? null : person.MunicipalitiesWhere(HubRoles.MunicipalityAdmin);
}
