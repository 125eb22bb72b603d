using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Help.Contracts;
using SmartRegion.Help.Freshness;
using SmartRegion.Help.Gaps;
using SmartRegion.Help.Privacy;
using SmartRegion.Help.Resources;
using SmartRegion.Help.Revisions;
using SmartRegion.Help.Search;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Contracts.Privacy;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Help.Providers;

/// <summary>The provider and staff side of the help directory: proposals and review, confirmation, reminders, search gaps.</summary>
internal static class ProviderRegistration
{
    public static void AddProviderSide(this IServiceCollection services)
    {
        services.AddScoped<SearchStatistics>();
        services.AddSingleton<ISearchStatistics, SearchTally>();
        services.AddHostedService<SearchTallyFlusher>();
        services.AddScoped<DailyHelpTasks>();
        services.AddHostedService<DailyHelpJob>();
        services.AddScoped<IPersonalDataContributor, HelpPersonalData>();
        services.AddIntegrationEventHandler<PersonDeleted, ForgetDeletedPerson>();
        services.AddIntegrationEventHandler<OfferRevisionDecided, MailAuthorOnDecision>();
        services.AddSingleton(new AccountLink("/hilfe/meine-angebote", typeof(HelpStaffText), "Mine.Title", 200));
        services.AddSingleton(new AccountLink("/verwaltung/hilfe/pruefen", typeof(HelpStaffText), "Queue.Title", 200, p => p.IsReviewer(), IsAdministration: true));
        services.AddSingleton(new AccountLink("/verwaltung/hilfe/luecken", typeof(HelpStaffText), "Gaps.Title", 210, ListSearchGaps.MaySee, IsAdministration: true));
        services.AddSingleton(new AccountLink("/verwaltung/hilfe/anbieter", typeof(HelpStaffText), "Providers.Title", 220, LinkProvider.MaySeeList, IsAdministration: true));
    }

    public static void MapProviderSide(RouteGroupBuilder api)
    {
        ListMyOffers.MapEndpoint(api);
        ConfirmOffer.MapEndpoint(api);
        ProposeRevision.MapEndpoints(api);
        ListRevisions.MapEndpoint(api);
        ReviewRevision.MapEndpoints(api);
        GetOfferHistory.MapEndpoint(api);
        ListSearchGaps.MapEndpoint(api);
        LinkProvider.MapEndpoints(api);
    }
}
