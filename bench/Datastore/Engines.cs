using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using SmartRegion.OpenData.Tabular;

namespace SmartRegion.Bench.Datastore;

/// <summary>
/// The same table in SQLite and PostgreSQL: the CSV parsed with the same reader and cell parser as the DuckDB load
/// (types as DuckDB's detection found them), then the same query (one equality filter, ORDER BY _id, LIMIT 100, plus
/// the count), without and with an index on the filtered column.
/// </summary>
internal static class Engines
{
    internal sealed record Figures(string Engine, double? LoadSeconds, double[] Samples, double? IndexSeconds, long Total);

    private static IEnumerable<object?[]> Rows(string csv, IReadOnlyList<TabularField> fields)
    {
        var first = true;
        long id = 0;
        foreach (var row in new CsvRows(csv, new UTF8Encoding(false), ';', 100_000).Read())
        {
            if (first)
            {
                first = false;
                continue;
            }

            var values = new object?[fields.Count + 1];
            values[0] = ++id;
            for (var i = 0; i < fields.Count; i++)
            {
                values[i + 1] = Value(row.Cells[i], fields[i].Type);
            }

            yield return values;
        }
    }

    private static object? Value(string cell, ColumnType type) => cell.Length == 0 ? null : type switch
    {
        ColumnType.Int => CellParser.TryInteger(cell, true, out var n) ? n : null,
        ColumnType.Numeric => CellParser.TryNumber(cell, true, out var d, out _) ? d : null,
        ColumnType.Timestamp => CellParser.TryDate(cell, out var t) ? t : null,
        ColumnType.Bool => CellParser.TryBool(cell, out var b) ? b : null,
        _ => cell,
    };

    public static async Task<IReadOnlyList<Figures>> SqliteAsync(string csv, IReadOnlyList<TabularField> fields, string path, string town, int runs)
    {
        var load = Stopwatch.StartNew();
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute(connection, $"CREATE TABLE records (_id INTEGER PRIMARY KEY, {string.Join(", ", fields.Select(f => f.Column + " " + SqliteColumn(f.Type)))})");
        await using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO records VALUES ($p0, {string.Join(", ", fields.Select((_, i) => "$p" + (i + 1)))})";
            var parameters = Enumerable.Range(0, fields.Count + 1).Select(i => insert.Parameters.Add("$p" + i, Microsoft.Data.Sqlite.SqliteType.Text)).ToArray();
            insert.Prepare();
            foreach (var row in Rows(csv, fields))
            {
                for (var i = 0; i < row.Length; i++)
                {
                    parameters[i].Value = row[i] switch
                    {
                        null => DBNull.Value,
                        DateTime t => CellParser.Iso(t),
                        bool b => b ? 1 : 0,
                        var v => v,
                    };
                }

                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        var loaded = load.Elapsed.TotalSeconds;
        Console.WriteLine($"sqlite load: {loaded:0.00} s");
        var filter = fields.First(f => f.Id == "Gemeinde").Column;
        var select = $"SELECT _id, {string.Join(", ", fields.Select(f => f.Column))} FROM records WHERE {filter} = $v ORDER BY _id LIMIT 100";
        var count = $"SELECT count(*) FROM records WHERE {filter} = $v";
        long total = 0;
        async Task Query()
        {
            using (var command = connection.CreateCommand())
            {
                command.CommandText = select;
                command.Parameters.AddWithValue("$v", town);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var values = new object[reader.FieldCount];
                    reader.GetValues(values);
                }
            }

            using var counting = connection.CreateCommand();
            counting.CommandText = count;
            counting.Parameters.AddWithValue("$v", town);
            total = (long)(await counting.ExecuteScalarAsync())!;
        }

        var plain = await Stopwatches.SampleAsync(5, Math.Max(20, runs / 5), Query);
        var index = Stopwatch.StartNew();
        Execute(connection, $"CREATE INDEX ix_filter ON records ({filter}); ANALYZE;");
        var indexSeconds = index.Elapsed.TotalSeconds;
        var indexed = await Stopwatches.SampleAsync(20, runs, Query);
        return
        [
            new("SQLite, no index", loaded, plain, null, total),
            new($"SQLite, index ({indexSeconds:0.0} s to build)", null, indexed, indexSeconds, total),
        ];
    }

    public static async Task<IReadOnlyList<Figures>> PostgresAsync(string csv, IReadOnlyList<TabularField> fields, string connectionString, string town, int runs)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        await using var connection = await source.OpenConnectionAsync();
        Execute(connection, "DROP TABLE IF EXISTS records");
        var load = Stopwatch.StartNew();
        Execute(connection, $"CREATE TABLE records (_id bigint PRIMARY KEY, {string.Join(", ", fields.Select(f => f.Column + " " + PostgresType(f.Type)))})");
        var types = fields.Select(f => PostgresDbType(f.Type)).ToArray();
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY records (_id, {string.Join(", ", fields.Select(f => f.Column))}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in Rows(csv, fields))
            {
                await copy.StartRowAsync();
                await copy.WriteAsync((long)row[0]!, NpgsqlDbType.Bigint);
                for (var i = 1; i < row.Length; i++)
                {
                    if (row[i] is null)
                    {
                        await copy.WriteNullAsync();
                    }
                    else
                    {
                        await copy.WriteAsync(row[i], types[i - 1]);
                    }
                }
            }

            await copy.CompleteAsync();
        }

        Execute(connection, "ANALYZE records");
        var loaded = load.Elapsed.TotalSeconds;
        Console.WriteLine($"postgresql load (binary COPY): {loaded:0.00} s");
        var filter = fields.First(f => f.Id == "Gemeinde").Column;
        var select = $"SELECT _id, {string.Join(", ", fields.Select(f => f.Column))} FROM records WHERE {filter} = $1 ORDER BY _id LIMIT 100";
        var count = $"SELECT count(*) FROM records WHERE {filter} = $1";
        long total = 0;
        async Task Query()
        {
            await using (var command = new NpgsqlCommand(select, connection))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = town });
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var values = new object[reader.FieldCount];
                    reader.GetValues(values);
                }
            }

            await using var counting = new NpgsqlCommand(count, connection);
            counting.Parameters.Add(new NpgsqlParameter { Value = town });
            total = (long)(await counting.ExecuteScalarAsync())!;
        }

        var plain = await Stopwatches.SampleAsync(5, Math.Max(20, runs / 5), Query);
        var index = Stopwatch.StartNew();
        Execute(connection, $"CREATE INDEX ix_filter ON records ({filter}); ANALYZE records;");
        var indexSeconds = index.Elapsed.TotalSeconds;
        var indexed = await Stopwatches.SampleAsync(20, runs, Query);
        return
        [
            new("PostgreSQL, no index", loaded, plain, null, total),
            new($"PostgreSQL, index ({indexSeconds:0.0} s to build)", null, indexed, indexSeconds, total),
        ];
    }

    private static void Execute(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 600;
        command.ExecuteNonQuery();
    }

    private static string SqliteColumn(ColumnType type) => type switch
    {
        ColumnType.Int or ColumnType.Bool => "INTEGER",
        ColumnType.Numeric => "REAL",
        _ => "TEXT",
    };

    private static string PostgresType(ColumnType type) => type switch
    {
        ColumnType.Int => "bigint",
        ColumnType.Numeric => "double precision",
        ColumnType.Timestamp => "timestamp",
        ColumnType.Bool => "boolean",
        _ => "text",
    };

    private static NpgsqlDbType PostgresDbType(ColumnType type) => type switch
    {
        ColumnType.Int => NpgsqlDbType.Bigint,
        ColumnType.Numeric => NpgsqlDbType.Double,
        ColumnType.Timestamp => NpgsqlDbType.Timestamp,
        ColumnType.Bool => NpgsqlDbType.Boolean,
        _ => NpgsqlDbType.Text,
    };
}
