using Microsoft.Extensions.DependencyInjection;

namespace SmartRegion.Ui.Navigation;

/// <summary>Lets modules add main navigation entries; the layout lists them by order.</summary>
public static class NavigationRegistration
{
    /// <summary>Adds an entry to the main navigation.</summary>
    public static IServiceCollection AddNavigationItem(this IServiceCollection services, NavigationItem item) =>
        services.AddSingleton(item);
}
