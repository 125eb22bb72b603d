using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartRegion.Hub.Accessibility;
using SmartRegion.Hub.Audit;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Migrations;
using SmartRegion.Hub.Municipalities;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Seeding;
using SmartRegion.Ui.Navigation;
using SmartRegion.Ui.Routing;

namespace SmartRegion.Hub;

/// <summary>The Smart City Hub: the backbone every module stands on (municipalities, identity, audit).</summary>
public static class HubModule
{
    /// <summary>Registers the Hub's services. The Hub cannot be switched off.</summary>
    public static IHostApplicationBuilder AddHub(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddModuleDb<HubDb, HubSqliteDb, HubPostgresDb>("hub");
        builder.Services.AddScoped<IMunicipalityDirectory, MunicipalityDirectory>();
        builder.Services.AddScoped<ISeeder, MunicipalitySeeder>();
        builder.AddAuditLog();
        builder.Services.AddNavigationItem(new NavigationItem("/gemeinden", typeof(HubText), "Nav.Municipalities", 90));
        PageAssemblies.Register(builder.Services, typeof(HubModule).Assembly);

        // Keys that protect sign-in cookies and antiforgery tokens: in the database when several nodes share them,
        // otherwise under the data path. Either way they survive a restart.
        var keys = builder.Services.AddDataProtection().SetApplicationName("SmartRegion");
        if (string.Equals(builder.Configuration["DataProtection:Store"], "Database", StringComparison.OrdinalIgnoreCase))
        {
            keys.PersistKeysToDbContext<HubDb>();
        }
        else
        {
            var storage = new StorageOptions();
            builder.Configuration.GetSection(StorageOptions.Section).Bind(storage);
            keys.PersistKeysToFileSystem(new DirectoryInfo(storage.Folder("keys")));
        }

        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = ".SmartRegion.Session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/anmelden";
                options.AccessDeniedPath = "/fehler/403";
                // The JSON API answers with status codes; only pages redirect to the sign-in form.
                options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(HubPolicies.RegionAdmin, p => p.RequireAuthenticatedUser().RequireRole(HubRoles.RegionAdmin));
        return builder;
    }

    private static void AddAuditLog(this IHostApplicationBuilder builder)
    {
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAuditLog, AuditLog>();
        builder.Services.AddScoped<IAuditChainVerifier, AuditChainVerifier>();
        builder.Services.AddSingleton<IAuditAppendLock>(database.Provider == DatabaseProvider.Postgres
            ? new PostgresAuditAppendLock()
            : new SqliteAuditAppendLock());
        // Only the Hub's context holds audit entries, so only it needs the append-only guard.
        builder.Services.ConfigureDbContext<HubSqliteDb>(o => o.AddInterceptors(AuditAppendOnly.Instance));
        builder.Services.ConfigureDbContext<HubPostgresDb>(o => o.AddInterceptors(AuditAppendOnly.Instance));
    }

    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Maps the Hub's JSON API under <c>/api/hub</c>.</summary>
    public static IEndpointRouteBuilder MapHub(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/hub").WithTags("Hub");
        ListMunicipalities.MapEndpoint(api);
        GetMunicipality.MapEndpoint(api);
        ReportBarrier.MapEndpoint(api);
        ListBarrierReports.MapEndpoint(api);
        ListAuditEntries.MapEndpoint(api);
        VerifyAuditChain.MapEndpoint(api);
        return endpoints;
    }
}
