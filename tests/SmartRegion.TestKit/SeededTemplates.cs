using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SmartRegion.TestKit;

/// <summary>
/// The seeded data folder of each kind of SQLite host (host type and settings), kept for the rest of the test run: the
/// first host of a kind migrates and seeds, and keeps a copy of its database and of the files the seeders wrote (demo
/// distributions, keys, the demo access); every later host of that kind starts from the copy, so its start-up finds the
/// migrations applied and the seeders skip. Seeding the demo content was most of a test host's start.
/// Left out of the copy: the audit log's checkpoints (a reset removes them) and the help search index (built at start).
/// On PostgreSQL the same, with a template database in place of the database files.
/// </summary>
internal static class SeededTemplates
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "smartregion-tests", "templates-" + Environment.ProcessId);
    private static readonly ConcurrentDictionary<string, string> Folders = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> PostgresDatabases = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, byte> PostgresKinds = new(StringComparer.Ordinal);
    private static readonly string[] LeftOut = ["audit", Path.Combine("help", "index")];

    static SeededTemplates() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Clean();

    /// <summary>Fills an empty data folder from the template of this kind, if there is one; true when it did.</summary>
    public static bool TryFill(string kind, string dataPath) =>
        Folders.TryGetValue(kind, out var folder) && CopyFolder(folder, dataPath, isDatabase: null);

    /// <summary>The template's copy of a database file, for a host started from it to take as its reset snapshot.</summary>
    public static string? DatabaseCopy(string kind, string relativePath) =>
        Folders.TryGetValue(kind, out var folder) && File.Exists(Path.Combine(folder, relativePath)) ? Path.Combine(folder, relativePath) : null;

    /// <summary>
    /// Keeps the seeded state of a host as the template of its kind, unless one is kept already: its database files
    /// through SQLite's backup API (consistent while the host runs), the other files as they are.
    /// </summary>
    public static void Keep(string kind, string dataPath, IReadOnlyCollection<string> databaseFiles)
    {
        if (Folders.ContainsKey(kind) || databaseFiles.Count == 0 || databaseFiles.Any(f => !IsInside(f, dataPath)))
        {
            return;
        }

        var folder = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var names = databaseFiles.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        CopyFolder(dataPath, folder, isDatabase: path => names.Any(n => path.StartsWith(n, StringComparison.Ordinal)));
        foreach (var file in names)
        {
            using var live = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
            live.Open();
            using var copy = new SqliteConnection($"Data Source={Path.Combine(folder, Path.GetRelativePath(dataPath, file))};Pooling=False");
            copy.Open();
            live.BackupDatabase(copy);
        }

        if (!Folders.TryAdd(kind, folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The PostgreSQL template database of this kind, if one is kept (see <see cref="KeepPostgresAsync"/>).</summary>
    public static string? PostgresTemplate(string kind) => PostgresDatabases.GetValueOrDefault(kind);

    /// <summary>
    /// Keeps the seeded state of a PostgreSQL host as the template of its kind, unless one is kept already: a copy of its
    /// database made by PostgreSQL itself (<c>CREATE DATABASE … TEMPLATE</c>, a file copy, far faster than migrating
    /// and seeding), and the other files of its data folder. PostgreSQL copies a database only while nobody is connected
    /// to it, so the host's idle pooled connections are closed first; if one is busy all the same, no template is kept
    /// and later hosts of the kind seed as before.
    /// </summary>
    public static async Task KeepPostgresAsync(string kind, string dataPath, string connectionString)
    {
        if (PostgresDatabases.ContainsKey(kind) || !PostgresKinds.TryAdd(kind, 0))
        {
            return;
        }

        var template = "sr_template_" + Guid.NewGuid().ToString("N")[..12];
        var source = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using (var host = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(host);
        }

        try
        {
            await using var connection = new NpgsqlConnection(TestDatabase.ServerConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{template}\" TEMPLATE \"{source}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse)
        {
            return;
        }

        var folder = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        CopyFolder(dataPath, folder, isDatabase: null);
        Folders.TryAdd(kind, folder);
        PostgresDatabases[kind] = template;
    }

    /// <summary>Copies a folder's files; files <paramref name="isDatabase"/> picks out (a database, its journal) are left out.</summary>
    private static bool CopyFolder(string from, string to, Func<string, bool>? isDatabase)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (LeftOut.Any(l => relative.StartsWith(l + Path.DirectorySeparatorChar, StringComparison.Ordinal)) || isDatabase?.Invoke(Path.GetFullPath(file)) == true)
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        return true;
    }

    private static bool IsInside(string file, string folder) =>
        Path.GetFullPath(file).StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static void Clean()
    {
        foreach (var template in PostgresDatabases.Values)
        {
            try
            {
                TestDatabase.DropPostgresDatabaseAsync(new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString) { Database = template }.ConnectionString)
                    .GetAwaiter().GetResult();
            }
            catch (NpgsqlException)
            {
                // The server of the run is gone already; its databases went with it.
            }
        }

        try
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the temp folder's own cleaning.
        }
    }
}
