using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Contracts.Privacy;

namespace SmartRegion.Hub.Privacy;

/// <summary>"Meine Daten": export and account deletion.</summary>
internal static class PrivacyRegistration
{
    public static void AddPrivacy(this IServiceCollection services) =>
        services.AddScoped<IPersonalDataContributor, HubPersonalData>();

    public static void MapPrivacy(RouteGroupBuilder api)
    {
        ExportMyData.MapEndpoint(api);
        DeleteMyAccount.MapEndpoint(api);
    }
}
