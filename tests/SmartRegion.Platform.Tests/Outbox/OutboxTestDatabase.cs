using Microsoft.Extensions.Time.Testing;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Outbox;

/// <summary>The database of one outbox test: a SQLite file in a folder of its own, or a fresh PostgreSQL database.</summary>
internal sealed class OutboxTestDatabase
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "smartregion-outbox-" + Guid.NewGuid().ToString("N"));

    public string Connection { get; private set; } = "";

    public async Task CreateAsync(FakeTimeProvider time)
    {
        Directory.CreateDirectory(_folder);
        Connection = TestDatabase.IsPostgres
            ? await TestDatabase.CreatePostgresDatabaseAsync()
            : $"Data Source={Path.Combine(_folder, "outbox.db")}";
        await using var host = OutboxHost.Start(Connection, TestDatabase.ProviderName, new NoteLog(), time);
        await host.WithDbAsync(db => db.Database.EnsureCreatedAsync());
    }

    public async Task DropAsync()
    {
        if (TestDatabase.IsPostgres && Connection.Length > 0)
        {
            await TestDatabase.DropPostgresDatabaseAsync(Connection);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
