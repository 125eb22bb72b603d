using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmartRegion.Kernel.Seeding;

namespace SmartRegion.Kernel.Database;

/// <summary>Applies every module's migrations and runs the seeders.</summary>
public sealed partial class DatabaseInitializer(
    IServiceProvider services,
    ModuleDatabases databases,
    IConfiguration configuration,
    ILogger<DatabaseInitializer> logger)
{
    /// <summary>Applies pending migrations of every module.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var first = true;
        foreach (var type in databases.Types)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            if (first && db.Database.IsSqlite())
            {
                // WAL lets readers go on while one writer commits; it is a property of the file, set once.
                await db.Database.OpenConnectionAsync(cancellationToken);
                await using (var command = db.Database.GetDbConnection().CreateCommand())
                {
                    command.CommandText = "PRAGMA journal_mode = WAL;";
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }

                await db.Database.CloseConnectionAsync();
            }

            first = false;
            // The history table first: asking a fresh PostgreSQL database for its applied migrations would otherwise log
            // a failed command as an error before the table exists.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                LogApplying(logger, ((IModuleDb)db).ModuleName, pending.Count);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
    }

    /// <summary>True when any module's database lacks a migration.</summary>
    public async Task<bool> HasPendingMigrationsAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var type in databases.Types)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Runs reference seeders, and demo seeders when configured.</summary>
    public Task SeedAsync(CancellationToken cancellationToken) => SeedAsync(IsDemoOn, cancellationToken);

    /// <summary>Runs reference seeders, and demo seeders when <paramref name="demo"/> is true.</summary>
    public async Task SeedAsync(bool demo, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<ISeeder>().Where(s => (demo || !s.IsDemo) && Seeding.Runs(s)))
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

    /// <summary>Runs the demo seeders alone (after the reference data is there).</summary>
    public async Task SeedDemoAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<ISeeder>().Where(s => s.IsDemo && Seeding.Runs(s)))
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

    /// <summary>True when this installation gets demo content (<c>Seeding:Demo</c>, by default on for SQLite).</summary>
    public bool IsDemoOn => Seeding.Demo ?? Database.Provider == DatabaseProvider.Sqlite;

    /// <summary>True when a serving host seeds the demo content after its start (<c>Seeding:DemoInBackground</c>).</summary>
    public bool SeedsDemoInBackground => IsDemoOn && Seeding.DemoInBackground;

    private DatabaseOptions Database => configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();

    private SeedingOptions Seeding => configuration.GetSection(SeedingOptions.Section).Get<SeedingOptions>() ?? new SeedingOptions();

    /// <summary>True when the exception says the database server cannot be reached or refused the login.</summary>
    public static bool IsUnreachable(Exception exception) => exception switch
    {
        Npgsql.NpgsqlException => true,
        SqliteException { SqliteErrorCode: 14 } => true, // SQLITE_CANTOPEN
        System.Net.Sockets.SocketException => true,
        TimeoutException => true,
        InvalidOperationException { InnerException: { } inner } => IsUnreachable(inner),
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) to module {Module}.")]
    private static partial void LogApplying(ILogger logger, string module, int count);
}
