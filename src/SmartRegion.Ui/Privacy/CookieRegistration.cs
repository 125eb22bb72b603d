using Microsoft.Extensions.DependencyInjection;

namespace SmartRegion.Ui.Privacy;

/// <summary>Lets every part declare the cookies it sets; the privacy page lists them.</summary>
public static class CookieRegistration
{
    /// <summary>Declares a cookie for the privacy page.</summary>
    public static IServiceCollection AddCookieNotice(this IServiceCollection services, CookieNotice notice) =>
        services.AddSingleton(notice);
}
