using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Kernel.Database;
using SmartRegion.Platform.Tests.Host;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Kernel;

#pragma warning disable EF1002, CA2100 // Table names come from the EF model, never from input.

/// <summary>
/// Every test starts from the seeded rows: after a test empties a table that others refer to, a reset puts back that
/// table and every table referring to it, row for row, on SQLite and on PostgreSQL (where only written tables are put back).
/// The host seeds the demo content, so tables that refer to others hold rows.
/// </summary>
public sealed class TestResetTests(FirstStartHost host) : IntegrationTest<FirstStartHost>(host), IClassFixture<FirstStartHost>
{
    [Fact]
    public async Task a_reset_after_emptying_a_referenced_table_puts_back_every_row_of_every_module_table()
    {
        var seeded = await FingerprintsAsync();
        var (emptied, referring) = await EmptyAReferencedTableAsync();

        var changed = await FingerprintsAsync();
        Assert.NotEqual(seeded[emptied], changed[emptied]);
        Assert.Contains(referring, t => seeded[t] != changed[t]);

        await Host.ResetAsync();

        var restored = await FingerprintsAsync();
        Assert.Equal(seeded, restored);
    }

    [Fact]
    public async Task a_reset_after_a_write_to_a_referenced_table_alone_puts_back_the_tables_referring_to_it()
    {
        var seeded = await FingerprintsAsync();
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            // Rewriting a column with its own value touches the referenced table only; putting it back empties the
            // tables referring to it too, which must then come back as well.
            var (db, table, _) = ReferencedTables(scope.ServiceProvider, seeded).First();
            var column = db.Model.GetEntityTypes().First(e => e.GetTableName() == table).GetProperties().First().GetColumnName();
            await db.Database.ExecuteSqlRawAsync($"UPDATE \"{table}\" SET \"{column}\" = \"{column}\"");
        }

        await Host.ResetAsync();

        Assert.Equal(seeded, await FingerprintsAsync());
    }

    [Fact]
    public async Task a_reset_after_deleting_the_rows_of_a_table_nothing_refers_to_puts_them_back()
    {
        var seeded = await FingerprintsAsync();
        string leaf;
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var db = Contexts(scope.ServiceProvider).First(d => Tables(d).Any(t => seeded[t] != Empty && Referring(d, t).Count == 0));
            leaf = Tables(db).First(t => seeded[t] != Empty && Referring(db, t).Count == 0);
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{leaf}\"");
        }

        Assert.Equal(Empty, (await FingerprintsAsync())[leaf]);
        await Host.ResetAsync();

        Assert.Equal(seeded, await FingerprintsAsync());
    }

    [Fact]
    public async Task a_later_host_of_the_same_kind_starts_from_the_first_ones_seeded_copy_with_the_same_rows_and_files()
    {
        Assert.SkipWhen(TestDatabase.IsPostgres, "Seeded copies are kept for SQLite hosts; each PostgreSQL host migrates and seeds its own database.");
        await using var first = new CopiedHost();
        await first.InitializeAsync();
        await first.ResetAsync();
        await using var later = new CopiedHost();
        await later.InitializeAsync();

        // Seeding writes the demo access file with a fresh password; the later host has the first one's, so it seeded nothing.
        Assert.Equal(
            await File.ReadAllTextAsync(Path.Combine(first.DataPath, "demo-zugang.txt")),
            await File.ReadAllTextAsync(Path.Combine(later.DataPath, "demo-zugang.txt")));
        await later.ResetAsync();
        Assert.Equal(await FingerprintsAsync(first), await FingerprintsAsync(later));
    }

    /// <summary>A kind of host of its own (demo content on), so no other test's host has left a copy of it.</summary>
    private sealed class CopiedHost : SmartRegionHost
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Seeding:Demo"] = "true" };
    }

    private static readonly string Empty = Convert.ToHexString(SHA256.HashData([]));

    /// <summary>Empties the seeded table with the most seeded rows in the tables referring to it; returns it and those.</summary>
    private async Task<(string Table, List<string> Referring)> EmptyAReferencedTableAsync()
    {
        var seeded = await FingerprintsAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        var (target, emptied, refers) = ReferencedTables(scope.ServiceProvider, seeded).First();
        if (target.Database.IsNpgsql())
        {
            await target.Database.ExecuteSqlRawAsync($"TRUNCATE \"{emptied}\" CASCADE");
        }
        else
        {
            // Children first, so no foreign key is left pointing at a removed row.
            foreach (var table in Enumerable.Reverse(Referring(target, emptied, transitive: true)).Append(emptied))
            {
                await target.Database.ExecuteSqlRawAsync($"DELETE FROM \"{table}\"");
            }
        }

        return (emptied, refers);
    }

    /// <summary>Seeded tables that seeded tables refer to, those with the most referring tables first.</summary>
    private static List<(DbContext Db, string Table, List<string> Referring)> ReferencedTables(IServiceProvider services, Dictionary<string, string> seeded)
    {
        var candidates = new List<(DbContext Db, string Table, List<string> Referring)>();
        foreach (var db in Contexts(services))
        {
            foreach (var table in Tables(db).Where(t => seeded[t] != Empty))
            {
                var referring = Referring(db, table).Where(t => seeded[t] != Empty).ToList();
                if (referring.Count > 0)
                {
                    candidates.Add((db, table, referring));
                }
            }
        }

        Assert.NotEmpty(candidates);
        return [.. candidates.OrderByDescending(c => c.Referring.Count)];
    }

    private static IEnumerable<DbContext> Contexts(IServiceProvider services) =>
        services.GetRequiredService<ModuleDatabases>().Types.Select(type => (DbContext)services.GetRequiredService(type));

    private static IEnumerable<string> Tables(DbContext db) =>
        db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>Tables whose foreign keys point to the table (and, transitively, to those), nearest first.</summary>
    private static List<string> Referring(DbContext db, string table, bool transitive = false)
    {
        var found = new List<string>();
        var queue = new Queue<string>([table]);
        while (queue.TryDequeue(out var parent))
        {
            foreach (var entity in db.Model.GetEntityTypes())
            {
                if (entity.GetTableName() is { } child && child != parent && !found.Contains(child)
                    && entity.GetForeignKeys().Any(k => k.PrincipalEntityType.GetTableName() == parent))
                {
                    found.Add(child);
                    if (transitive)
                    {
                        queue.Enqueue(child);
                    }
                }
            }
        }

        return found;
    }

    private Task<Dictionary<string, string>> FingerprintsAsync() => FingerprintsAsync(Host);

    /// <summary>A hash of every row of every module table, rows in a stable order.</summary>
    internal static async Task<Dictionary<string, string>> FingerprintsAsync(SmartRegionHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var db in Contexts(scope.ServiceProvider))
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            try
            {
                foreach (var table in Tables(db))
                {
                    result[table] = await FingerprintAsync(connection, table);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        return result;
    }

    private static async Task<string> FingerprintAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        var rows = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('\u001f');
                }

                rows.Add(row.ToString());
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows.Count == 0 ? Empty : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))));
    }
}
