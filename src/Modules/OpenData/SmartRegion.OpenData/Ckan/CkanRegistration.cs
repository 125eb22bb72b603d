using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Kernel.Web;
using SmartRegion.OpenData.ApiTokens;
using SmartRegion.OpenData.Distributions;
using SmartRegion.OpenData.Rdf;
using SmartRegion.OpenData.Resources;
using SmartRegion.OpenData.Tabular;

namespace SmartRegion.OpenData.Ckan;

/// <summary>The CKAN Action API of the catalogue (<c>/api/3/action/…</c>): read actions for everyone, write actions with a token.</summary>
internal static class CkanRegistration
{
    /// <summary>The write actions' rate limit: per token (or per client address without one); see also <see cref="FailedTokenBudget"/>.</summary>
    public const string WritePolicy = "opendata-ckan-write";

    public static void AddCkan(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PackageIndex>();
        var perMinute = builder.Configuration.GetValue("Modules:OpenData:ApiWritesPerMinute", 60);
        builder.Services.AddSingleton(new FailedTokenBudget(perMinute));
        builder.Services.Configure<RateLimiterOptions>(options => options.AddPolicy(WritePolicy, http =>
            RateLimitPartition.GetFixedWindowLimiter(
                ApiTokenCaller.Secret(http.Request) is { } secret ? "token:" + ApiToken.Hash(secret) : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
    }

    public static void MapCkan(this IEndpointRouteBuilder endpoints)
    {
        var maxUpload = endpoints.ServiceProvider.GetRequiredService<IOptions<OpenDataOptions>>().Value.MaxUploadBytes;
        Read(endpoints, SearchPackages.Action, "Searches the published datasets (q, fq, rows, start, sort, facet.field, facet.limit).",
            call => SearchPackages.HandleAsync(call.Request, call.Input, call.Db, call.Index, call.Municipalities, call.BaseUrl, call.Text, call.CancellationToken));
        Read(endpoints, ShowPackage.Action, "A dataset by id or name (drafts only with a token of its organisation).", ShowPackage.HandleAsync);
        Read(endpoints, ListPackages.Action, "Names of the published datasets.", ListPackages.HandleAsync);
        Read(endpoints, ListPackages.WithResourcesAction, "Published datasets with their resources, newest change first.", ListPackages.WithResourcesAsync);
        Read(endpoints, ShowResource.Action, "A resource by id.", ShowResource.HandleAsync);
        Read(endpoints, ShowOrganization.ListAction, "The publishers (municipalities and their offices).", ShowOrganization.ListAsync);
        Read(endpoints, ShowOrganization.Action, "A publisher by id or name.", ShowOrganization.ShowAsync);
        Read(endpoints, ListVocabularies.GroupAction, "The EU data themes as groups.", ListVocabularies.GroupsAsync);
        Read(endpoints, ListVocabularies.TagAction, "The keywords of published datasets.", ListVocabularies.TagsAsync);
        Read(endpoints, ListVocabularies.LicenseAction, "The licences datasets can be published under.", ListVocabularies.LicensesAsync);
        Map(endpoints, ShowStatus.Action, [HttpMethods.Get, HttpMethods.Post], "What this API is.",
                (CkanCall call, IServiceProvider services) => ShowStatus.HandleAsync(call, services.GetRequiredService<IOptions<OpenDataOptions>>()));
        Write(endpoints, CreatePackage.Action, "Creates a dataset of the token's organisation.",
            (call, services) => CreatePackage.HandleAsync(call, services.GetRequiredService<IAuditLog>(), services.GetRequiredService<TimeProvider>()));
        Write(endpoints, PatchPackage.Action, "Changes the fields sent of a dataset of the token's organisation.",
            (call, services) => PatchPackage.HandleAsync(call, services.GetRequiredService<IAuditLog>(), services.GetRequiredService<TimeProvider>()));
        Write(endpoints, CreateResource.Action, "Adds a link (url) or a file (multipart field upload) to a dataset of the token's organisation.",
                (call, services) => CreateResource.HandleAsync(call, services.GetRequiredService<DistributionFiles>(),
                    services.GetRequiredService<IOptions<OpenDataOptions>>(), services.GetRequiredService<TimeProvider>()))
            .WithMetadata(new RequestSizeLimitAttribute(maxUpload + 1024 * 1024))
            .WithFormOptions(multipartBodyLengthLimit: maxUpload + 1024 * 1024);
    }

    private static void Read(IEndpointRouteBuilder endpoints, string action, string summary, Func<CkanCall, Task<IResult>> handler) =>
        Map(endpoints, action, [HttpMethods.Get, HttpMethods.Post], summary, (call, _) => handler(call)).AsReadApi();

    private static RouteHandlerBuilder Write(IEndpointRouteBuilder endpoints, string action, string summary, Func<CkanCall, IServiceProvider, Task<IResult>> handler) =>
        Map(endpoints, action, [HttpMethods.Post], summary + " Needs an API token (Authorization header).", async (call, services) =>
            {
                // The write limit counts per token; failed tokens count per client address as well, so guessing is limited too.
                // A valid token still works from an address that guessed: people behind one shared address are not locked out.
                var budget = services.GetRequiredService<FailedTokenBudget>();
                if (await call.TokenAsync() is null && !budget.Spend(FailedTokenBudget.Address(call.Request)))
                {
                    call.Request.HttpContext.Response.Headers.RetryAfter = "60";
                    return TypedResults.Problem(call.Text["Ckan.TooManyFailedTokens"], statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests");
                }

                return await handler(call, services);
            })
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(WritePolicy);

    // The endpoints are open at the HTTP level: reading is public, and the write actions decide by the API token they
    // carry (403 Authorization Error without a valid one), as CKAN does.
    private static RouteHandlerBuilder Map(IEndpointRouteBuilder endpoints, string action, string[] methods, string summary,
        Func<CkanCall, IServiceProvider, Task<IResult>> handler) =>
        endpoints.MapMethods("/api/3/action/" + action, methods, async Task<IResult> (
                HttpContext http, OpenDataDb db, PackageIndex index, IMunicipalityDirectory municipalities, IStringLocalizer<OpenDataText> text,
                IOptions<OpenDataOptions> options, CancellationToken ct) =>
            {
                var input = await CkanInput.ReadAsync(http.Request, ct);
                if (input is null)
                {
                    return CkanEnvelope.Bad(http.Request, action, text["Ckan.Body.Invalid"]);
                }

                var call = new CkanCall(action, http.Request, input, db, index, municipalities, text, PublicBaseUrl.Of(http.Request, options.Value), ct);
                return await handler(call, http.RequestServices);
            })
            .WithName("Ckan_" + action)
            .WithTags("CKAN")
            .WithSummary(summary)
            .AllowAnonymous()
            .DisableAntiforgery();
}
