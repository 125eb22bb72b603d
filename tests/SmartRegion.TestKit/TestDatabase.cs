using Npgsql;

namespace SmartRegion.TestKit;

/// <summary>
/// Which database the suite runs on: SQLite by default; PostgreSQL when the test script sets
/// <c>SMARTREGION_TEST_DB=postgres</c> and <c>SMARTREGION_TEST_PG</c> (a connection string to a server the script started).
/// Every host gets a database of its own, so test classes can run in parallel.
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("SMARTREGION_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static string ProviderName => IsPostgres ? "Postgres" : "Sqlite";

    /// <summary>The connection string of the test server's maintenance database.</summary>
    public static string ServerConnectionString => Environment.GetEnvironmentVariable("SMARTREGION_TEST_PG")
        ?? throw new InvalidOperationException("SMARTREGION_TEST_DB=postgres needs SMARTREGION_TEST_PG (connection string).");

    /// <summary>
    /// Creates a PostgreSQL database, empty or as a copy of <paramref name="template"/>, and returns its connection string.
    /// </summary>
    public static async Task<string> CreatePostgresDatabaseAsync(string? template = null)
    {
        var server = ServerConnectionString;
        var name = "sr_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"",
                connection);
            await command.ExecuteNonQueryAsync();
        }

        // A busy 2-core test machine can keep a request for a pooled connection waiting longer than the default 15 s when
        // hundreds of requests arrive at once (the concurrency tests); tests wait for a connection rather than fail.
        return new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true, Timeout = 120 }.ConnectionString;
    }

    public static async Task DropPostgresDatabaseAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database!;
        NpgsqlConnection.ClearAllPools();
        builder.Database = "postgres";
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
