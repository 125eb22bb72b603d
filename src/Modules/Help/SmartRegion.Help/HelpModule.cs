using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartRegion.Help.Feedback;
using SmartRegion.Help.Finding;
using SmartRegion.Help.Hsds;
using SmartRegion.Help.Migrations;
using SmartRegion.Help.Providers;
using SmartRegion.Help.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Seeding;
using SmartRegion.Kernel.Web;
using SmartRegion.Ui.Navigation;
using SmartRegion.Help.Search;
using SmartRegion.Ui.Routing;

namespace SmartRegion.Help;

/// <summary>„Wie geht's“: the help directory — support offers in Open Referral HSDS 3.0 and the search that finds them.</summary>
public static class HelpModule
{
    /// <summary>Registers the help directory.</summary>
    public static IHostApplicationBuilder AddHelp(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        PageAssemblies.Register(builder.Services, typeof(HelpModule).Assembly);
        builder.AddModuleDb<HelpDb, HelpSqliteDb, HelpPostgresDb>("help");
        builder.Services.AddSingleton<HsdsSchemas>();
        builder.Services.AddScoped<ISeeder, DemoOffersSeeder>();
        builder.Services.AddSingleton<SearchChoices>();
        builder.Services.AddScoped<ChangeLab.Contracts.IProgressFigures, Offers.HelpProgressFigures>();
        builder.Services.AddNavigationItem(new NavigationItem(Contracts.HelpRoutes.Search, typeof(HelpText), "Nav.Help", 10, "Nav.Help.Description", Measures.WieGehts));
        builder.Services.AddEasyLanguageArea(new EasyLanguageArea("hilfe", Contracts.HelpRoutes.Search, typeof(HelpText), "Easy.Help", 7, PictogramKind.Help, 10));
        builder.Services.AddAccountUse(new AccountUse(typeof(HelpText), "Uses.Offers", 30));
        builder.Services.AddSingleton(new AccountLink(
            "/verwaltung/hilfe/import", typeof(HsdsText), "Import.Title", 220,
            p => p.IsRegionAdmin || p.MunicipalitiesWhere(HubRoles.MunicipalityAdmin).Count > 0, IsAdministration: true));
        builder.Services.AddProviderSide();
        builder.AddSearch();
        // Offer pages and the search page are cached for anonymous visitors; a changed offer shows at once on every node.
        builder.Services.AddPageCacheEviction<Contracts.OfferChanged>();
        return builder;
    }

    /// <summary>Maps the help directory's endpoints under <c>/api/help</c>.</summary>
    public static IEndpointRouteBuilder MapHelp(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/help").WithTags("Help");
        HsdsImport.MapEndpoint(api);
        HsdsExport.MapEndpoint(api);
        Hsds.Api.GetApiRoot.MapEndpoint(api);
        Hsds.Api.ListServices.MapEndpoint(api);
        Hsds.Api.GetService.MapEndpoint(api);
        Hsds.Api.ListOrganizations.MapEndpoint(api);
        Hsds.Api.GetOrganization.MapEndpoint(api);
        Hsds.Api.ListServiceAtLocations.MapEndpoint(api);
        Hsds.Api.GetServiceAtLocation.MapEndpoint(api);
        Hsds.Api.ListTaxonomies.MapEndpoint(api);
        Hsds.Api.GetTaxonomy.MapEndpoint(api);
        Hsds.Api.ListTaxonomyTerms.MapEndpoint(api);
        Hsds.Api.GetTaxonomyTerm.MapEndpoint(api);
        ProviderRegistration.MapProviderSide(api);
        ReportOutdatedOffer.MapEndpoint(api);
        api.MapSearch();
        return endpoints;
    }
}
