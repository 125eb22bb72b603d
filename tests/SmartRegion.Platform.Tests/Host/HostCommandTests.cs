using Microsoft.Data.Sqlite;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Host;

/// <summary>The host binary as operators run it: the migrate command and a start without its database.</summary>
public sealed class HostCommandTests : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "smartregion-host-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task the_migrate_command_creates_the_embedded_database_with_the_region_and_exits()
    {
        var (exitCode, output) = await RunHostAsync(["migrate"], new() { ["Database__Provider"] = "Sqlite" });

        Assert.True(exitCode == 0, output);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_dataPath, "smartregion.db")}");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM hub_municipalities";
        Assert.Equal(53L, await count.ExecuteScalarAsync());
        await using var journal = connection.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await journal.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("migrate")]
    [InlineData("")]
    public async Task an_unreachable_postgresql_gives_one_clear_line_and_a_non_zero_exit(string command)
    {
        var (exitCode, output) = await RunHostAsync(
            command.Length == 0 ? [] : [command],
            new()
            {
                ["Database__Provider"] = "Postgres",
                ["ConnectionStrings__SmartRegion"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=3",
                ["Urls"] = "http://127.0.0.1:0",
            });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("The database cannot be reached", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task postgresql_without_a_connection_string_gives_one_clear_line_and_a_non_zero_exit()
    {
        var (exitCode, output) = await RunHostAsync(["migrate"], new() { ["Database__Provider"] = "Postgres", ["ConnectionStrings__SmartRegion"] = "" });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("ConnectionStrings:SmartRegion is not set", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Output)> RunHostAsync(string[] args, Dictionary<string, string> environment)
    {
        environment["Storage__DataPath"] = _dataPath;
        return HostProcess.RunAsync(args, environment);
    }
}
