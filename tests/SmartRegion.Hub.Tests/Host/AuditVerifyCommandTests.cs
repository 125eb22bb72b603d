using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using SmartRegion.Hub.Audit;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Migrations;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Host;

#pragma warning disable EF1002 // Tampering on purpose with a constant statement.

/// <summary>The <c>audit-verify</c> command as operators run it: the built host binary on the suite's database provider.</summary>
public sealed class AuditVerifyCommandTests : IAsyncLifetime
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "smartregion-audit-" + Guid.NewGuid().ToString("N"));
    private string? _postgres;

    private string ConnectionString => _postgres ?? $"Data Source={Path.Combine(_dataPath, "smartregion.db")}";

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dataPath);
        if (TestDatabase.IsPostgres)
        {
            _postgres = await TestDatabase.CreatePostgresDatabaseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (_postgres is not null)
        {
            await TestDatabase.DropPostgresDatabaseAsync(_postgres);
        }

        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task the_command_exits_0_on_an_intact_log_and_2_once_the_newest_entries_an_entry_or_all_entries_were_tampered_with()
    {
        await MigrateAndAppendAsync(4);

        var (intact, intactOutput) = await RunHostAsync("audit-verify");
        await SqlAsync("DELETE FROM hub_audit_entries WHERE \"Sequence\" = 4");
        var (newest, newestOutput) = await RunHostAsync("audit-verify");
        await SqlAsync("UPDATE hub_audit_entries SET \"RecordId\" = 'p-9' WHERE \"Sequence\" = 2");
        var (changed, changedOutput) = await RunHostAsync("audit-verify");
        await SqlAsync("DELETE FROM hub_audit_entries");
        var (all, allOutput) = await RunHostAsync("audit-verify");

        Assert.True(intact == 0, intactOutput);
        Assert.Contains("audit log intact: 4 entries", intactOutput, StringComparison.Ordinal);
        Assert.Equal(2, newest);
        Assert.Contains("audit log broken at entry 4: entry is missing: the signed checkpoint of ", newestOutput, StringComparison.Ordinal);
        Assert.Contains("records 4 entries, the log holds 3", newestOutput, StringComparison.Ordinal);
        Assert.Equal(2, changed);
        Assert.Contains("audit log broken at entry 2: hash does not match the entry's content", changedOutput, StringComparison.Ordinal);
        Assert.Equal(2, all);
        Assert.Contains("audit log broken at entry 1: entry is missing: the signed checkpoint of ", allOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", changedOutput + newestOutput + allOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_command_gives_one_clear_line_and_exit_1_when_the_database_cannot_be_reached()
    {
        var (exitCode, output) = await RunHostAsync("audit-verify", new()
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__SmartRegion"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=3",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("The database cannot be reached", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    /// <summary>Migrates with the host, then appends as the running platform does: keyed, with a checkpoint after each commit.</summary>
    private async Task MigrateAndAppendAsync(int count)
    {
        var (migrated, migrateOutput) = await RunHostAsync("migrate");
        Assert.True(migrated == 0, migrateOutput);
        var key = new AuditKey(null, Path.Combine(_dataPath, "keys"));
        var onCommit = new AuditHeadOnCommit(new AuditCheckpoints(Path.Combine(_dataPath, "audit"), key, TimeProvider.System, NullLogger<AuditCheckpoints>.Instance));
        await using var db = CreateDb(onCommit);
        var log = new AuditLog(db, TimeProvider.System, new HttpContextAccessor(),
            TestDatabase.IsPostgres ? new PostgresAuditAppendLock() : new SqliteAuditAppendLock(), key, onCommit);
        for (var i = 1; i <= count; i++)
        {
            await log.RecordAsync(new AuditRecord("people.read", "person", $"p-{i}"), CancellationToken.None);
        }
    }

    private async Task SqlAsync(string sql)
    {
        await using var db = CreateDb(null);
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    private HubDb CreateDb(AuditHeadOnCommit? onCommit)
    {
        IInterceptor[] interceptors = onCommit is null ? [] : [onCommit];
        return _postgres is null
            ? new HubSqliteDb(new DbContextOptionsBuilder<HubSqliteDb>().UseSqlite(ConnectionString).AddInterceptors(interceptors).Options)
            : new HubPostgresDb(new DbContextOptionsBuilder<HubPostgresDb>().UseNpgsql(ConnectionString).AddInterceptors(interceptors).Options);
    }

    private Task<(int ExitCode, string Output)> RunHostAsync(string command, Dictionary<string, string>? environment = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage__DataPath"] = _dataPath,
            ["Database__Provider"] = TestDatabase.ProviderName,
            ["ConnectionStrings__SmartRegion"] = _postgres ?? "",
            // The audit log alone is under test; the demo content would only lengthen every start.
            ["Seeding__Demo"] = "false",
        };
        foreach (var (key, value) in environment ?? [])
        {
            settings[key] = value;
        }

        return HostProcess.RunAsync([command], settings);
    }
}
