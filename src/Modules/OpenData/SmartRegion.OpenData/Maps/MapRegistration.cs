using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SmartRegion.OpenData.Maps;

/// <summary>The map preview's options; the page itself is found with the module's other pages.</summary>
internal static class MapRegistration
{
    public static void AddMaps(this IHostApplicationBuilder builder) =>
        builder.Services.AddOptions<MapOptions>().Bind(builder.Configuration.GetSection(MapOptions.Section))
            .Validate(o => o.IsValid, "Modules:OpenData:Map: the tile address must be an absolute http(s) URL with {z}, {x} and {y}, and the limits positive.")
            .ValidateOnStart();
}
