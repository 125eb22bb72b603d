using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartRegion.Help.Search;
using SmartRegion.Ui.Routing;

namespace SmartRegion.Help;

/// <summary>„Wie geht's“: the help directory — support offers in Open Referral HSDS 3.0 and the search that finds them.</summary>
public static class HelpModule
{
    /// <summary>Registers the help directory.</summary>
    public static IHostApplicationBuilder AddHelp(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        PageAssemblies.Register(builder.Services, typeof(HelpModule).Assembly);
        builder.AddSearch();
        return builder;
    }

    /// <summary>Maps the help directory's endpoints under <c>/api/help</c>.</summary>
    public static IEndpointRouteBuilder MapHelp(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/help").WithTags("Help");
        api.MapSearch();
        return endpoints;
    }
}
