using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Contracts;

namespace SmartRegion.Hub.Roles;

/// <summary>Registers the role administration: the municipality scope policies, its handler and the API routes.</summary>
internal static class RoleRegistration
{
    public static void AddRoleManagement(this IServiceCollection services)
    {
        services.AddScoped<RoleScope>();
        services.AddSingleton<IAuthorizationHandler, MunicipalityScopeHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(HubPolicies.MunicipalityAdmin, p => p.RequireAuthenticatedUser().RequireRole(HubRoles.MunicipalityAdmin, HubRoles.RegionAdmin))
            .AddPolicy(HubPolicies.AdministersMunicipality, p => p.RequireAuthenticatedUser().AddRequirements(new MunicipalityScopeRequirement(HubRoles.MunicipalityAdmin)));
        // Roles live in the sign-in's claims. Every minute a session checks its security stamp and reloads the claims;
        // granting or revoking changes the person's stamp, so their older sessions end at that check.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
    }

    public static void MapRoleManagement(RouteGroupBuilder api)
    {
        ListRoleAssignments.MapEndpoint(api);
        GrantRole.MapEndpoint(api);
        RevokeRole.MapEndpoint(api);
    }
}
