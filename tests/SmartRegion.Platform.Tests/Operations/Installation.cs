using Microsoft.Data.Sqlite;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Operations;

/// <summary>One installation of the platform for the host binary: a data folder of its own and, on PostgreSQL, a fresh database.</summary>
internal sealed class Installation : IAsyncDisposable
{
    private Installation(string dataPath, string? postgres)
    {
        DataPath = dataPath;
        Postgres = postgres;
    }

    public string DataPath { get; }

    /// <summary>Further settings as environment variables (<c>Files__Store</c>, …).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public string? Postgres { get; }

    public string Connection => Postgres ?? $"Data Source={Path.Combine(DataPath, "smartregion.db")}";

    public static async Task<Installation> CreateAsync(string root, string name) =>
        new(Path.Combine(root, name), TestDatabase.IsPostgres ? await TestDatabase.CreatePostgresDatabaseAsync() : null);

    public Task<(int ExitCode, string Output)> RunAsync(params string[] args) => HostProcess.RunAsync(args, Environment());

    /// <summary>The settings that point the host binary at this installation.</summary>
    public Dictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string>
        {
            ["Storage__DataPath"] = DataPath,
            ["Database__Provider"] = TestDatabase.ProviderName,
            ["Seeding__Demo"] = "true",
        };
        if (Postgres is not null)
        {
            environment["ConnectionStrings__SmartRegion"] = Postgres;
        }

        foreach (var (key, value) in Settings)
        {
            environment[key] = value;
        }

        return environment;
    }

    /// <summary>The first column of every row of <paramref name="sql"/> as text (the same SQL on both providers).</summary>
    public async Task<List<string>> ColumnAsync(string sql)
    {
        await using System.Data.Common.DbConnection connection = Postgres is null ? new SqliteConnection(Connection) : new Npgsql.NpgsqlConnection(Connection);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    public Task<SortedDictionary<string, string>> TablesAsync() => DatabaseRows.ReadAsync(TestDatabase.ProviderName, Connection);

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Postgres is not null)
        {
            await TestDatabase.DropPostgresDatabaseAsync(Postgres);
        }
    }
}
