using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmartRegion.Hub.Accessibility;
using SmartRegion.Hub.Administration;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Audit;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Mail;
using SmartRegion.Hub.Migrations;
using SmartRegion.Hub.Municipalities;
using SmartRegion.Hub.Privacy;
using SmartRegion.Hub.Resources;
using SmartRegion.Hub.Security;
using SmartRegion.Hub.Organisations;
using SmartRegion.Hub.Roles;
using SmartRegion.Hub.SingleSignOn;
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
        builder.Services.AddRegionBoundaries();
        builder.Services.AddScoped<ISeeder, DemoAccountSeeder>();
        MailRegistration.AddMail(builder);
        builder.AddAuditLog();
        builder.Services.AddNavigationItem(new NavigationItem("/gemeinden", typeof(HubText), "Nav.Municipalities", 90, "Nav.Municipalities.Description"));
        builder.Services.AddEasyLanguageArea(new EasyLanguageArea("konto", "/registrieren", typeof(SelfServiceText), "Easy.Account", 7, PictogramKind.Account, 90));
        builder.Services.AddAccountUse(new AccountUse(typeof(SelfServiceText), "Uses.Organisations", 20));
        builder.Services.AddAccountUse(new AccountUse(typeof(SelfServiceText), "Uses.Apps", 80));
        builder.Services.AddAccountUse(new AccountUse(typeof(SelfServiceText), "Uses.MyData", 90));
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
            var folder = storage.Folder("keys");
            keys.PersistKeysToFileSystem(new DirectoryInfo(folder));
            if (builder.Configuration.GetValue(DatabaseOptions.Section + ":Provider", DatabaseProvider.Sqlite) == DatabaseProvider.Sqlite)
            {
                // The embedded profile has nothing to encrypt the keys with; say so once as information, not as a warning.
                builder.Logging.AddFilter(KeyStorageNotice.KeyManagerCategory, LogLevel.Error);
                builder.Services.AddHostedService(sp => new KeyStorageNotice(sp.GetRequiredService<ILogger<KeyStorageNotice>>(), folder));
            }
        }

        builder.Services.AddAccounts();
        // PBKDF2-HMAC-SHA512 at the iteration count OWASP recommends (2023); about 0.1 s per sign-in on one core.
        builder.Services.Configure<PasswordHasherOptions>(o => o.IterationCount = builder.Configuration.GetValue("Modules:Hub:PasswordHashIterations", 210_000));
        // The passkeys' relying party; without it, the host the request came to (forwarded by the proxy when configured).
        builder.Services.Configure<IdentityPasskeyOptions>(o => o.ServerDomain = builder.Configuration["Modules:Hub:Passkeys:ServerDomain"] is { Length: > 0 } domain ? domain : o.ServerDomain);
        builder.Services.AddPrivacy();
        builder.Services.AddRoleManagement();
        builder.Services.AddOrganisations();
        builder.AddSingleSignOn();
        builder.Services.AddSelfService();
        builder.Services.AddStaffArea();
        return builder;
    }

    /// <summary>Maps the Hub's JSON API under <c>/api/hub</c>.</summary>
    public static IEndpointRouteBuilder MapHub(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/hub").WithTags("Hub");
        ListMunicipalities.MapEndpoint(api);
        GetMunicipality.MapEndpoint(api);
        ReportBarrier.MapEndpoint(api);
        ListBarrierReports.MapEndpoint(api);
        Accounts.SignOut.MapEndpoint(endpoints);
        ListDroppedMails.MapEndpoint(api);
        GetDroppedMail.MapEndpoint(api);
        ListAuditEntries.MapEndpoint(api);
        PrivacyRegistration.MapPrivacy(api);
        VerifyAuditChain.MapEndpoint(api);
        api.MapSecurity();
        RoleRegistration.MapRoleManagement(api);
        OrganisationRegistration.MapOrganisations(api);
        endpoints.MapSingleSignOn(api);
        api.MapSelfService();
        return endpoints;
    }
}
