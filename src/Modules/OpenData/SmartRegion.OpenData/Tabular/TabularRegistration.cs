using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using SmartRegion.Kernel.Web;

namespace SmartRegion.OpenData.Tabular;

/// <summary>The tabular data part of the module: the store and CKAN's datastore read actions.</summary>
internal static class TabularRegistration
{
    public const string SqlAction = "datastore_search_sql";

    public static void AddTabular(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TabularOptions>()
            .Bind(builder.Configuration.GetSection(TabularOptions.Section))
            .Validate(o => o.MaxFileBytes > 0 && o.MaxXlsxUncompressedBytes > 0 && o.MaxLimit > 0 && o.MaxColumns > 0 && o.MaxCellChars > 0, "Tabular limits must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<TabularStore>();
        builder.Services.TryAddScoped<ITabularResources, NoTabularResources>();
    }

    public static void MapTabular(this IEndpointRouteBuilder endpoints)
    {
        SearchDatastore.MapEndpoint(endpoints);
        GetDatastoreInfo.MapEndpoint(endpoints);
        // Free SQL over the tables is deliberately not offered: every query goes through datastore_search's fixed shape.
        endpoints.MapMethods("/api/3/action/" + SqlAction, [HttpMethods.Get, HttpMethods.Post],
                (HttpRequest request, IStringLocalizer<TabularText> text) => CkanEnvelope.Bad(request, SqlAction, text["Sql.NotOffered"]))
            .WithName("DatastoreSearchSql")
            .AsReadApi()
            .WithTags("OpenData")
            .WithSummary("Not offered: answers 400. Use datastore_search.")
            .AllowAnonymous()
            .DisableAntiforgery();
    }
}
