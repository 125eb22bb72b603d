using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Contracts.Organisations;

namespace SmartRegion.Hub.Organisations;

/// <summary>Registers organisations: the directory other modules read and the API routes.</summary>
internal static class OrganisationRegistration
{
    public static void AddOrganisations(this IServiceCollection services) =>
        services.AddScoped<IOrganisationDirectory, OrganisationDirectory>();

    public static void MapOrganisations(RouteGroupBuilder api)
    {
        ListMyOrganisations.MapEndpoint(api);
        CreateOrganisation.MapEndpoint(api);
        GetOrganisation.MapEndpoint(api);
        InviteMember.MapEndpoint(api);
        AcceptInvitation.MapEndpoint(api);
        ChangeMembership.MapEndpoints(api);
    }
}
