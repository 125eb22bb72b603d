using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Outbox;
using SmartRegion.Kernel.Seeding;
using SmartRegion.OpenData.Catalogue;
using SmartRegion.OpenData.Maps;
using SmartRegion.OpenData.Ckan;
using SmartRegion.OpenData.Migrations;
using SmartRegion.OpenData.Progress;
using SmartRegion.OpenData.Tabular;
using SmartRegion.Ui.Routing;

namespace SmartRegion.OpenData;

/// <summary>Smart City Hub, open data: the catalogue in DCAT-AP.de, the CKAN API and the tabular data API.</summary>
public static class OpenDataModule
{
    /// <summary>Registers the open data catalogue.</summary>
    public static IHostApplicationBuilder AddOpenData(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        PageAssemblies.Register(builder.Services, typeof(OpenDataModule).Assembly);
        builder.AddModuleDb<OpenDataDb, OpenDataSqliteDb, OpenDataPostgresDb>("opendata");
        builder.AddCatalogue();
        builder.AddTabular();
        builder.AddMaps();
        builder.AddCkan();
        builder.Services.AddScoped<ChangeLab.Contracts.IProgressFigures, Datasets.OpenDataProgressFigures>();
        builder.Services.AddScoped<ProgressDataset>();
        builder.Services.AddScoped<ISeeder, ProgressDatasetSeeder>();
        builder.Services.AddIntegrationEventBatchHandler<ProgressBoardChanged, PublishProgressBoard>();
        return builder;
    }

    /// <summary>Maps the open data catalogue's endpoints.</summary>
    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapTabular();
        endpoints.MapCatalogue();
        endpoints.MapCkan();
        return endpoints;
    }
}
