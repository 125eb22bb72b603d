using System.ComponentModel.DataAnnotations;

namespace SmartRegion.Kernel.Database;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Whether migrations are applied when the host starts. Defaults to on for SQLite, off for PostgreSQL.</summary>
    public bool? MigrateOnStart { get; set; }

    /// <summary>SQLite busy timeout in milliseconds.</summary>
    [Range(0, 600_000)]
    public int SqliteBusyTimeoutMs { get; set; } = 5000;

    /// <summary>Whether migrations are applied on start, after defaults.</summary>
    public bool ShouldMigrateOnStart => MigrateOnStart ?? Provider == DatabaseProvider.Sqlite;
}
