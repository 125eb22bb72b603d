using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace SmartRegion.Ui.Routing;

/// <summary>The module assemblies that contain routable pages, for the host's router.</summary>
public sealed class PageAssemblies
{
    private readonly List<Assembly> _assemblies = [];

    /// <summary>The registered assemblies.</summary>
    public IReadOnlyList<Assembly> Assemblies => _assemblies;

    /// <summary>Adds a module assembly whose pages the router should find.</summary>
    public static void Register(IServiceCollection services, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registry = services.FirstOrDefault(d => d.ServiceType == typeof(PageAssemblies))?.ImplementationInstance as PageAssemblies;
        if (registry is null)
        {
            registry = new PageAssemblies();
            services.AddSingleton(registry);
        }

        if (!registry._assemblies.Contains(assembly))
        {
            registry._assemblies.Add(assembly);
        }
    }
}
