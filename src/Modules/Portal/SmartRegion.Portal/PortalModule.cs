using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartRegion.Portal.Language;
using SmartRegion.Ui.Routing;

namespace SmartRegion.Portal;

/// <summary>The front door: home, the easy-to-read page, legal pages, the API page and the language switch. Owns no data.</summary>
public static class PortalModule
{
    /// <summary>Registers the portal.</summary>
    public static IHostApplicationBuilder AddPortal(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<OperatorOptions>().Bind(builder.Configuration.GetSection("Modules:Portal:Operator"));
        PageAssemblies.Register(builder.Services, typeof(PortalModule).Assembly);
        return builder;
    }

    /// <summary>Maps the portal's endpoints.</summary>
    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder endpoints)
    {
        SwitchLanguage.MapEndpoint(endpoints);
        return endpoints;
    }
}
