using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Kernel.Database;

namespace SmartRegion.TestKit;

/// <summary>
/// A copy in memory of the seeded SQLite database, put back with SQLite's backup API in place of emptying every table
/// and seeding again: the same data page for page, at a fraction of the cost.
/// </summary>
public sealed class SqliteSnapshot : IDisposable
{
    private readonly Dictionary<string, SqliteConnection> _copies = [];

    public bool IsTaken => _copies.Count > 0;

    /// <summary>Copies each SQLite database the modules use (one file in the embedded profile).</summary>
    /// <paramref name="source"/> may name another file to copy in place of a live database (a seeded template's copy).
    public void Take(IServiceProvider services, Func<string, string?>? source = null)
    {
        Dispose();
        foreach (var connectionString in ConnectionStrings(services))
        {
            var copy = new SqliteConnection("Data Source=:memory:");
            copy.Open();
            var from = source?.Invoke(DatabaseFile(connectionString)) is { } file ? $"Data Source={file};Mode=ReadOnly;Pooling=False" : connectionString;
            using var live = new SqliteConnection(from);
            live.Open();
            live.BackupDatabase(copy);
            _copies[connectionString] = copy;
        }
    }

    /// <summary>The files of the SQLite databases the modules use.</summary>
    public static List<string> DatabaseFiles(IServiceProvider services) => [.. ConnectionStrings(services).Select(DatabaseFile).Distinct()];

    private static string DatabaseFile(string connectionString) => Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    /// <summary>Puts the copies back over the live databases.</summary>
    public void Restore()
    {
        foreach (var (connectionString, copy) in _copies)
        {
            using var live = new SqliteConnection(connectionString);
            live.Open();
            copy.BackupDatabase(live);
        }
    }

    public void Dispose()
    {
        foreach (var copy in _copies.Values)
        {
            copy.Dispose();
        }

        _copies.Clear();
    }

    private static List<string> ConnectionStrings(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<ModuleDatabases>().Types
            .Select(type => (DbContext)scope.ServiceProvider.GetRequiredService(type))
            .Where(db => db.Database.IsSqlite())
            .Select(db => db.Database.GetConnectionString())
            .OfType<string>()
            .Distinct()];
    }
}
