using Microsoft.Extensions.Options;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Kernel.Database;

namespace SmartRegion.Web.Platform;

/// <summary>Starting the host: migrate and seed where the profile says so, fail with one clear line when the database is missing.</summary>
internal static partial class HostCommands
{
    public static bool IsMigrate(string[] args) => IsCommand(args, "migrate");

    public static bool IsAuditVerify(string[] args) => IsCommand(args, "audit-verify");

    /// <summary>The <c>backup</c> or <c>restore</c> command named by the first argument, or null.</summary>
    public static Func<WebApplication, string[], Task<int>>? IsBackupOrRestore(string[] args) =>
        IsCommand(args, Backups.BackupCommand.Name) ? Backups.BackupCommand.RunAsync
        : IsCommand(args, Backups.RestoreCommand.Name) ? Backups.RestoreCommand.RunAsync
        : null;

    private static bool IsCommand(string[] args, string name) => args.Length > 0 && string.Equals(args[0], name, StringComparison.OrdinalIgnoreCase);

    /// <summary><c>dotnet SmartRegion.Web.dll migrate</c>: applies migrations and reference data, then exits.</summary>
    public static async Task<int> MigrateAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SmartRegion.Migrate");
        if (!await TryInitializeAsync(app, migrate: true, logger))
        {
            return 1;
        }

        LogMigrated(logger);
        return 0;
    }

    /// <summary>
    /// <c>dotnet SmartRegion.Web.dll audit-verify</c>: checks the audit log's hash chain and prints one line;
    /// exits 0 when intact, 2 when broken, 1 when the database cannot be reached or is not migrated.
    /// </summary>
    public static async Task<int> AuditVerifyAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SmartRegion.AuditVerify");
        try
        {
            if (await app.Services.GetRequiredService<DatabaseInitializer>().HasPendingMigrationsAsync(app.Lifetime.ApplicationStopping))
            {
                LogPending(logger);
                return 1;
            }

            await using var scope = app.Services.CreateAsyncScope();
            var status = await scope.ServiceProvider.GetRequiredService<IAuditChainVerifier>().VerifyAsync(app.Lifetime.ApplicationStopping);
            await Console.Out.WriteLineAsync(status.Summary);
            return status.IsIntact ? 0 : 2;
        }
        catch (Exception ex) when (DatabaseInitializer.IsUnreachable(ex))
        {
            LogUnreachable(logger, Innermost(ex).Message);
            return 1;
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("ConnectionStrings", StringComparison.Ordinal))
        {
            LogUnreachable(logger, ex.Message);
            return 1;
        }
    }

    public static async Task<int> RunAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SmartRegion");
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        // The demo content may follow the start (DemoContentSeeding); reference data is always there before it.
        var initializer = app.Services.GetRequiredService<DatabaseInitializer>();
        if (!await TryInitializeAsync(app, database.ShouldMigrateOnStart, logger, demo: !initializer.SeedsDemoInBackground))
        {
            return 1;
        }

        app.Lifetime.ApplicationStarted.Register(() => LogStarted(logger, string.Join(", ", app.Urls), database.Provider));
        await app.RunAsync();
        return 0;
    }

    private static async Task<bool> TryInitializeAsync(WebApplication app, bool migrate, ILogger logger, bool demo = true)
    {
        var initializer = app.Services.GetRequiredService<DatabaseInitializer>();
        try
        {
            if (migrate)
            {
                await initializer.MigrateAsync(app.Lifetime.ApplicationStopping);
            }

            if (await initializer.HasPendingMigrationsAsync(app.Lifetime.ApplicationStopping))
            {
                LogPending(logger);
                return true;
            }

            await initializer.SeedAsync(demo && initializer.IsDemoOn, app.Lifetime.ApplicationStopping);
            return true;
        }
        catch (Exception ex) when (DatabaseInitializer.IsUnreachable(ex))
        {
            LogUnreachable(logger, Innermost(ex).Message);
            return false;
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("ConnectionStrings", StringComparison.Ordinal))
        {
            LogUnreachable(logger, ex.Message);
            return false;
        }
    }

    private static Exception Innermost(Exception ex) => ex.InnerException is null ? ex : Innermost(ex.InnerException);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The database cannot be reached, so the platform does not start: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database has pending migrations; run 'dotnet SmartRegion.Web.dll migrate'. Until then /health/ready reports not ready.")]
    private static partial void LogPending(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrations and reference data are up to date.")]
    private static partial void LogMigrated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Smarte Region is running at {Urls} (database: {Provider}).")]
    private static partial void LogStarted(ILogger logger, string urls, DatabaseProvider provider);
}
