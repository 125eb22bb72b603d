using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SmartRegion.Kernel.Database;

namespace SmartRegion.TestKit;

#pragma warning disable CA2100 // Table and column names come from the EF model and the catalogue, not from input.

/// <summary>
/// A copy of the seeded rows of every module table, kept in the test database's own schema <c>sr_snapshot</c> and put
/// back after a writing test (empty the tables, copy the rows in, parents before children) in place of seeding again.
/// Sequences are not reset, as with emptying and seeding: ids handed out later stay above the copied ones.
/// </summary>
public sealed class PostgresSnapshot
{
    private const string Schema = "sr_snapshot";
    private readonly List<ModuleCopy> _modules = [];

    public bool IsTaken => _modules.Count > 0;

    /// <summary>Copies the rows of each module's tables, in an order that puts every parent table before its children.</summary>
    public async Task TakeAsync(IServiceProvider services)
    {
        _modules.Clear();
        await using var scope = services.CreateAsyncScope();
        foreach (var type in scope.ServiceProvider.GetRequiredService<ModuleDatabases>().Types)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            if (!db.Database.IsNpgsql())
            {
                continue;
            }

            var tables = ParentsFirst(db.Model);
            if (tables.Count == 0)
            {
                continue;
            }

            await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
            await connection.OpenAsync();
            await ExecuteAsync(connection, $"CREATE SCHEMA IF NOT EXISTS {Schema}");
            var copies = new List<TableCopy>();
            foreach (var table in tables)
            {
                var columns = await WritableColumnsAsync(connection, table);
                await ExecuteAsync(connection, $"DROP TABLE IF EXISTS {Schema}.\"{table}\"");
                await ExecuteAsync(connection, $"CREATE TABLE {Schema}.\"{table}\" AS SELECT {columns} FROM \"{table}\"");
                await using var count = new NpgsqlCommand($"SELECT count(*) FROM {Schema}.\"{table}\"", connection);
                copies.Add(new TableCopy(table, columns, (long)(await count.ExecuteScalarAsync())! > 0));
            }

            _modules.Add(new ModuleCopy(db.Database.GetConnectionString()!, copies));
        }
    }

    /// <summary>Empties every module table and copies the seeded rows back, one transaction per module.</summary>
    public async Task RestoreAsync()
    {
        foreach (var module in _modules)
        {
            await using var connection = new NpgsqlConnection(module.ConnectionString);
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await ExecuteAsync(connection, $"TRUNCATE {string.Join(", ", module.Tables.Select(t => $"\"{t.Name}\""))} CASCADE");
            foreach (var table in module.Tables.Where(t => t.HasRows))
            {
                await ExecuteAsync(connection, $"INSERT INTO \"{table.Name}\" ({table.Columns}) OVERRIDING SYSTEM VALUE SELECT {table.Columns} FROM {Schema}.\"{table.Name}\"");
            }

            await transaction.CommitAsync();
        }
    }

    /// <summary>The model's tables ordered so that a table comes after every table its foreign keys point to.</summary>
    internal static List<string> ParentsFirst(IModel model)
    {
        var parents = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entity in model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table)
            {
                continue;
            }

            var set = parents.TryGetValue(table, out var known) ? known : parents[table] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in entity.GetForeignKeys())
            {
                if (key.PrincipalEntityType.GetTableName() is { } principal && principal != table)
                {
                    set.Add(principal);
                }
            }
        }

        var ordered = new List<string>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: being visited, true: placed
        foreach (var table in parents.Keys.Order(StringComparer.Ordinal))
        {
            Visit(table);
        }

        return ordered;

        void Visit(string table)
        {
            if (state.TryGetValue(table, out var placed))
            {
                if (!placed)
                {
                    throw new InvalidOperationException($"Foreign keys between tables form a cycle through {table}; the snapshot cannot order them.");
                }

                return;
            }

            state[table] = false;
            foreach (var parent in parents.GetValueOrDefault(table) ?? [])
            {
                if (parents.ContainsKey(parent))
                {
                    Visit(parent);
                }
            }

            state[table] = true;
            ordered.Add(table);
        }
    }

    /// <summary>The columns a row can be written to: generated columns (e.g. search vectors) are computed by the database.</summary>
    private static async Task<string> WritableColumnsAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = @table AND is_generated = 'NEVER'
            ORDER BY ordinal_position
            """,
            connection);
        command.Parameters.AddWithValue("table", table);
        var columns = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add($"\"{reader.GetString(0)}\"");
            }
        }

        return columns.Count > 0 ? string.Join(", ", columns) : throw new InvalidOperationException($"Table {table} has no columns in the database.");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed record TableCopy(string Name, string Columns, bool HasRows);

    private sealed record ModuleCopy(string ConnectionString, IReadOnlyList<TableCopy> Tables);
}
