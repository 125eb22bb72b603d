using Microsoft.AspNetCore.Authorization;
using SmartRegion.Hub.Contracts;

namespace SmartRegion.Hub.Roles;

/// <summary>
/// Decides <see cref="MunicipalityScopeRequirement"/> for a municipality (the AGS is the resource) from the person's
/// scope claims: region admins everywhere, municipality admins for every role in their municipality, everyone else
/// only for the role they hold there.
/// </summary>
internal sealed class MunicipalityScopeHandler : AuthorizationHandler<MunicipalityScopeRequirement, string>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, MunicipalityScopeRequirement requirement, string resource)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && (user.IsInRole(HubRoles.RegionAdmin)
                || user.HasClaim(HubRoles.ScopeClaim, $"{HubRoles.MunicipalityAdmin}@{resource}")
                || user.HasClaim(HubRoles.ScopeClaim, $"{requirement.Role}@{resource}")))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
