using Microsoft.Extensions.DependencyInjection;

namespace SmartRegion.Ui.Navigation;

/// <summary>Lets modules add main navigation entries (the layout lists them by order), Leichte Sprache pages and account uses.</summary>
public static class NavigationRegistration
{
    /// <summary>Adds an entry to the main navigation.</summary>
    public static IServiceCollection AddNavigationItem(this IServiceCollection services, NavigationItem item) =>
        services.AddSingleton(item);

    /// <summary>Adds a page in Leichte Sprache about the module's area.</summary>
    public static IServiceCollection AddEasyLanguageArea(this IServiceCollection services, EasyLanguageArea area) =>
        services.AddSingleton(area);

    /// <summary>Adds a line to what a person can do with an account (shown where people register).</summary>
    public static IServiceCollection AddAccountUse(this IServiceCollection services, AccountUse use) =>
        services.AddSingleton(use);
}
