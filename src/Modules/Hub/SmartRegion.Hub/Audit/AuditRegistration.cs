using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Migrations;
using SmartRegion.Kernel.Database;

namespace SmartRegion.Hub.Audit;

/// <summary>Registers the audit log: the append lock of the configured database and the append-only guard.</summary>
internal static class AuditRegistration
{
    public static void AddAuditLog(this IHostApplicationBuilder builder)
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
}
