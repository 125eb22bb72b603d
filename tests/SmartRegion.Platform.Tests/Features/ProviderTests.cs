using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Kernel.Database;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Features;

public sealed class ProviderTests(SmartRegionHost host) : IClassFixture<SmartRegionHost>
{
    [Fact]
    public async Task the_suite_runs_on_the_database_the_test_script_asked_for()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var type = scope.ServiceProvider.GetRequiredService<ModuleDatabases>().Types[0];
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);

        Assert.Equal(TestDatabase.IsPostgres, db.Database.IsNpgsql());
        Assert.Equal(!TestDatabase.IsPostgres, db.Database.IsSqlite());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task sqlite_connections_enforce_foreign_keys_and_wait_when_busy()
    {
        Assert.SkipWhen(TestDatabase.IsPostgres, "SQLite pragmas do not apply to PostgreSQL.");
        await using var scope = host.Services.CreateAsyncScope();
        var type = scope.ServiceProvider.GetRequiredService<ModuleDatabases>().Types[0];
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();

        command.CommandText = "PRAGMA foreign_keys";
        Assert.Equal(1L, await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA busy_timeout";
        Assert.Equal(5000L, await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task data_protection_keys_live_under_the_data_path_so_sign_ins_survive_a_restart()
    {
        using var client = host.CreateClient();
        await client.GetAsync(new Uri("/barriere-melden", UriKind.Relative));

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(host.DataPath, "keys"), "key-*.xml"));
    }
}
