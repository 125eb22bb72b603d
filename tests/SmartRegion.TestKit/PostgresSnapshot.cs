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
/// A statement trigger on every module table notes the tables a test wrote to (in <c>sr_snapshot.dirty</c>, inside the
/// writing transaction, so a rolled-back write notes nothing); a reset puts back only those and the tables that refer to
/// them, since most tests change one or two tables of dozens.
/// </summary>
public sealed class PostgresSnapshot
{
    private const string Schema = "sr_snapshot";
    private readonly List<ModuleCopy> _modules = [];

    public bool IsTaken => _modules.Count > 0;

    /// <summary>Copies the rows of each module's tables, in an order that puts every parent table before its children.</summary>
    public Task TakeAsync(IServiceProvider services) => TakeAsync(services, copyRows: true);

    /// <summary>
    /// Takes as this host's snapshot the copy a database made from a seeded template already holds (its <c>sr_snapshot</c>
    /// schema and triggers came with it), without copying rows again.
    /// </summary>
    public Task AttachAsync(IServiceProvider services) => TakeAsync(services, copyRows: false);

    private async Task TakeAsync(IServiceProvider services, bool copyRows)
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
            var copies = new List<TableCopy>();
            if (copyRows)
            {
                await ExecuteAsync(connection, $"CREATE SCHEMA IF NOT EXISTS {Schema}");
            }

            foreach (var table in tables)
            {
                var columns = await WritableColumnsAsync(connection, table);
                if (copyRows)
                {
                    await ExecuteAsync(connection, $"DROP TABLE IF EXISTS {Schema}.\"{table}\"");
                    await ExecuteAsync(connection, $"CREATE TABLE {Schema}.\"{table}\" AS SELECT {columns} FROM \"{table}\"");
                }

                await using var count = new NpgsqlCommand($"SELECT count(*) FROM {Schema}.\"{table}\"", connection);
                copies.Add(new TableCopy(table, columns, (long)(await count.ExecuteScalarAsync())! > 0));
            }

            // An attached copy keeps the template's triggers and the tables its start wrote to, for the first reset.
            if (copyRows)
            {
                await WatchAsync(connection, tables);
            }
            _modules.Add(new ModuleCopy(db.Database.GetConnectionString()!, copies, Children(db.Model)));
        }
    }

    /// <summary>Puts a statement trigger on each table that notes the table as changed, and starts with none changed.</summary>
    private static async Task WatchAsync(NpgsqlConnection connection, IReadOnlyList<string> tables)
    {
        await ExecuteAsync(connection, $"CREATE TABLE IF NOT EXISTS {Schema}.dirty (name text PRIMARY KEY)");
        await ExecuteAsync(
            connection,
            $"""
            CREATE OR REPLACE FUNCTION {Schema}.note_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO {Schema}.dirty (name) VALUES (TG_TABLE_NAME) ON CONFLICT DO NOTHING;
              RETURN NULL;
            END $$
            """);
        foreach (var table in tables)
        {
            await ExecuteAsync(
                connection,
                $"""
                DROP TRIGGER IF EXISTS sr_snapshot_dirty ON "{table}";
                CREATE TRIGGER sr_snapshot_dirty AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}"
                  FOR EACH STATEMENT EXECUTE FUNCTION {Schema}.note_dirty()
                """);
        }

        await using var clear = new NpgsqlCommand($"DELETE FROM {Schema}.dirty WHERE name = ANY(@tables)", connection);
        clear.Parameters.AddWithValue("tables", tables.ToArray());
        await clear.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Empties the tables written to since the last reset, with every table that refers to them, and copies their seeded
    /// rows back, one transaction per module.
    /// </summary>
    public async Task RestoreAsync()
    {
        foreach (var module in _modules)
        {
            await using var connection = new NpgsqlConnection(module.ConnectionString);
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            var names = module.Tables.Select(t => t.Name).ToArray();
            var dirty = new HashSet<string>(StringComparer.Ordinal);
            await using (var read = new NpgsqlCommand($"SELECT name FROM {Schema}.dirty WHERE name = ANY(@tables)", connection))
            {
                read.Parameters.AddWithValue("tables", names);
                await using var reader = await read.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    dirty.Add(reader.GetString(0));
                }
            }

            var restored = WithReferringTables(dirty, module.Children);
            var tables = module.Tables.Where(t => restored.Contains(t.Name)).ToList();
            if (tables.Count == 0)
            {
                continue;
            }

            await ExecuteAsync(connection, $"TRUNCATE {string.Join(", ", tables.Select(t => $"\"{t.Name}\""))} CASCADE");
            foreach (var table in tables.Where(t => t.HasRows))
            {
                await ExecuteAsync(connection, $"INSERT INTO \"{table.Name}\" ({table.Columns}) OVERRIDING SYSTEM VALUE SELECT {table.Columns} FROM {Schema}.\"{table.Name}\"");
            }

            // The restore's own statements noted their tables too; from here on they hold the seeded rows again.
            await using (var clear = new NpgsqlCommand($"DELETE FROM {Schema}.dirty WHERE name = ANY(@tables)", connection))
            {
                clear.Parameters.AddWithValue("tables", names);
                await clear.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }
    }

    /// <summary>The tables given and every table whose foreign keys lead to one of them, directly or through others.</summary>
    internal static HashSet<string> WithReferringTables(IEnumerable<string> tables, IReadOnlyDictionary<string, HashSet<string>> children)
    {
        var result = new HashSet<string>(tables, StringComparer.Ordinal);
        var queue = new Queue<string>(result);
        while (queue.TryDequeue(out var table))
        {
            foreach (var child in children.GetValueOrDefault(table) ?? [])
            {
                if (result.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }

        return result;
    }

    /// <summary>For each table, the tables whose foreign keys point to it.</summary>
    internal static Dictionary<string, HashSet<string>> Children(IModel model)
    {
        var children = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entity in model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table)
            {
                continue;
            }

            foreach (var key in entity.GetForeignKeys())
            {
                if (key.PrincipalEntityType.GetTableName() is { } principal && principal != table)
                {
                    (children.TryGetValue(principal, out var set) ? set : children[principal] = new HashSet<string>(StringComparer.Ordinal)).Add(table);
                }
            }
        }

        return children;
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

    private sealed record ModuleCopy(string ConnectionString, IReadOnlyList<TableCopy> Tables, IReadOnlyDictionary<string, HashSet<string>> Children);
}
