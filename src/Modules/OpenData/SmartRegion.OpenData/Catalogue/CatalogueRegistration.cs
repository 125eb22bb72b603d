using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Seeding;
using SmartRegion.OpenData.Datasets;
using SmartRegion.OpenData.Distributions;
using SmartRegion.OpenData.Rdf;
using SmartRegion.OpenData.Resources;
using SmartRegion.OpenData.Seed;
using SmartRegion.Ui.Navigation;

namespace SmartRegion.OpenData.Catalogue;

/// <summary>Registers the catalogue: options, file storage, demo datasets, navigation, the API and the RDF routes.</summary>
internal static class CatalogueRegistration
{
    public static void AddCatalogue(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OpenDataOptions>().Bind(builder.Configuration.GetSection(OpenDataOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<DistributionFiles>();
        // Before the tabular part's TryAdd of its stand-in, so the catalogue's files are the tables' originals.
        builder.Services.AddScoped<Tabular.ITabularResources, DistributionTables>();
        builder.Services.AddScoped<ISeeder, DemoDatasetSeeder>();
        builder.Services.AddScoped<ISeeder, BenchmarkDatasetSeeder>();
        builder.Services.AddNavigationItem(new NavigationItem(Contracts.OpenDataRoutes.Catalogue, typeof(OpenDataText), "Nav.OpenData", 60, "Nav.OpenData.Description", Measures.SmartCityHub));
        builder.Services.AddSingleton(new AccountLink("/verwaltung/daten", typeof(OpenDataText), "Manage.Title", 300,
            p => p.ManagedMunicipalities() is null or { Count: > 0 }, IsAdministration: true));
        builder.Services.AddEasyLanguageArea(new EasyLanguageArea("daten", Contracts.OpenDataRoutes.Catalogue, typeof(OpenDataText), "Easy.Data", 6, PictogramKind.Data, 60));
    }

    public static void MapCatalogue(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<OpenDataOptions>>().Value;
        var api = endpoints.MapGroup("/api/opendata").WithTags("OpenData");
        ListManagedDatasets.MapEndpoint(api);
        CreateDataset.MapEndpoint(api);
        GetDataset.MapEndpoint(api);
        UpdateDataset.MapEndpoint(api);
        PublishDataset.MapEndpoint(api);
        WithdrawDataset.MapEndpoint(api);
        AddFileDistribution.MapEndpoint(api, options.MaxUploadBytes);
        AddLinkDistribution.MapEndpoint(api);
        ApiTokens.ManageApiTokens.MapEndpoints(api);
        DownloadDistribution.MapEndpoint(endpoints);
        GetCatalogRdf.MapEndpoints(endpoints);
        GetDatasetRdf.MapEndpoints(endpoints);
    }
}
