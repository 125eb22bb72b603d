namespace SmartRegion.Kernel.Database;

/// <summary>The database engines the platform runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded SQLite file under the data path (default profile).</summary>
    Sqlite,

    /// <summary>PostgreSQL server (production and scaled-out profiles).</summary>
    Postgres,
}
