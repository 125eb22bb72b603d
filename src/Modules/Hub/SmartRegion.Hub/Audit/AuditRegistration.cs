using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Migrations;
using SmartRegion.Kernel.Database;

namespace SmartRegion.Hub.Audit;

/// <summary>
/// Registers the audit log: the append lock of the configured database, the append-only guard, the key and checkpoints
/// kept apart from the database, and the recording of refused attempts.
/// </summary>
internal static class AuditRegistration
{
    public static void AddAuditLog(this IHostApplicationBuilder builder)
    {
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAuditLog, AuditLog>();
        builder.Services.AddScoped<IAuditChainVerifier, AuditChainVerifier>();
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var key = new AuditKey(builder.Configuration[AuditKey.Setting], Path.Combine(storage.FullDataPath, "keys"));
        builder.Services.AddSingleton(key);
        builder.Services.AddSingleton(sp => new AuditCheckpoints(
            Path.Combine(storage.FullDataPath, "audit"), key, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<AuditCheckpoints>>()));
        builder.Services.AddSingleton<AuditHeadOnCommit>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditDeniedAccess>();
        builder.Services.AddSingleton<IAuditAppendLock>(database.Provider == DatabaseProvider.Postgres
            ? new PostgresAuditAppendLock()
            : new SqliteAuditAppendLock());
        // Only the Hub's context holds audit entries, so only it needs the append-only guard.
        builder.Services.ConfigureDbContext<HubSqliteDb>((sp, o) => o.AddInterceptors(AuditAppendOnly.Instance, sp.GetRequiredService<AuditHeadOnCommit>()));
        builder.Services.ConfigureDbContext<HubPostgresDb>((sp, o) => o.AddInterceptors(AuditAppendOnly.Instance, sp.GetRequiredService<AuditHeadOnCommit>()));
    }
}
