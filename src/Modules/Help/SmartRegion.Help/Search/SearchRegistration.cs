using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SmartRegion.Help.Contracts;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Hosting;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Help.Search;

/// <summary>Wires the offer search: index, planner, offer source, the outbox handler, the rebuild command and the endpoint.</summary>
internal static class SearchRegistration
{
    public static void AddSearch(this IHostApplicationBuilder builder)
    {
        var storage = new StorageOptions();
        builder.Configuration.GetSection(StorageOptions.Section).Bind(storage);
        builder.Services.AddSingleton(new SearchIndexLocation(Path.Combine(storage.FullDataPath, "help", "index")));
        builder.Services.AddSingleton(HelpDictionaries.Default);
        builder.Services.AddSingleton(sp => new SearchIndex(sp.GetRequiredService<SearchIndexLocation>().Path, sp.GetRequiredService<HelpDictionaries>()));
        builder.Services.AddSingleton<QueryPlanner>();
        builder.Services.AddSingleton<SearchEngine>();
        builder.Services.AddSingleton<PlaceDirectoryCache>();
        var offerFile = builder.Configuration["Modules:Help:OfferFile"];
        // The offers in the database; the benchmark points the search at a generated HSDS file instead.
        if (string.IsNullOrWhiteSpace(offerFile))
        {
            builder.Services.TryAddSingleton<IOfferSource, DatabaseOfferSource>();
        }
        else
        {
            builder.Services.TryAddSingleton<IOfferSource>(new SeedOfferSource(Path.GetFullPath(offerFile)));
        }

        builder.Services.TryAddSingleton<ISearchStatistics, NoSearchStatistics>();
        builder.Services.AddHostedService<SearchIndexHost>();
        builder.Services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>("help-search-index", tags: ["ready"]);
        builder.Services.AddLocalProjectionBatch<OfferChanged, UpdateIndexOnOfferChanged>();
        builder.Services.AddSingleton<IHostCommand, ReindexCommand>();
    }

    public static void MapSearch(this RouteGroupBuilder api) => SearchOffers.MapEndpoint(api);
}
