using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SmartRegion.Platform.Tests.Operations;

/// <summary>Every table of a database with its row count and a hash of its rows in a stable order, to compare two databases.</summary>
internal static class DatabaseRows
{
    public static async Task<SortedDictionary<string, string>> ReadAsync(string provider, string connectionString)
    {
        var tables = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (provider == "Postgres")
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            foreach (var table in await NamesAsync(connection, """
                SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
                WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'
                """))
            {
                await using var rows = new NpgsqlCommand($"SELECT COUNT(*) || ' ' || md5(COALESCE(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM {table} t", connection);
                tables[table] = (string)(await rows.ExecuteScalarAsync())!;
            }

            return tables;
        }

        await using (var sqlite = new SqliteConnection(connectionString))
        {
            await sqlite.OpenAsync();
            foreach (var table in await NamesAsync(sqlite, "SELECT name FROM sqlite_master WHERE type = 'table'"))
            {
                await using var command = sqlite.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\"";
                var lines = new List<string>();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var values = new object[reader.FieldCount];
                    reader.GetValues(values);
                    lines.Add(string.Join('\u001f', values.Select(v => v is byte[] b ? Convert.ToHexString(b) : Convert.ToString(v, CultureInfo.InvariantCulture))));
                }

                lines.Sort(StringComparer.Ordinal);
                tables[table] = lines.Count + " " + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
            }
        }

        SqliteConnection.ClearAllPools();
        return tables;
    }

    private static async Task<List<string>> NamesAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
