using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Resources;
using SmartRegion.Ui.Navigation;

namespace SmartRegion.Hub.Administration;

/// <summary>The staff area <c>/verwaltung</c>: its navigation, and the Hub's own staff pages in it.</summary>
internal static class StaffAreaRegistration
{
    public static IServiceCollection AddStaffArea(this IServiceCollection services)
    {
        services.AddScoped<IStaffNavigation, StaffNavigation>();
        // Link texts are the pages' titles, so a link reads like the page it opens.
        services.AddSingleton(new AccountLink("/verwaltung/rollen", typeof(RoleText), "List.Title", 10, AdministersAny, IsAdministration: true));
        services.AddSingleton(new AccountLink("/verwaltung/barrieren", typeof(HubText), "Barrier.AdminTitle", 900, IsRegionAdmin, IsAdministration: true));
        services.AddSingleton(new AccountLink("/verwaltung/protokoll", typeof(AuditText), "Title", 910, IsRegionAdmin, IsAdministration: true));
        services.AddSingleton(new AccountLink("/verwaltung/anwendungen", typeof(SingleSignOnText), "Clients.Title", 920, IsRegionAdmin, IsAdministration: true));
        services.AddSingleton(new AccountLink("/verwaltung/mails", typeof(MailText), "Mails.Title", 930, IsRegionAdmin, IsAdministration: true));
        return services;
    }

    private static bool IsRegionAdmin(ICurrentPerson person) => person.IsRegionAdmin;

    private static bool AdministersAny(ICurrentPerson person) =>
        person.IsRegionAdmin || person.MunicipalitiesWhere(HubRoles.MunicipalityAdmin).Count > 0;
}
