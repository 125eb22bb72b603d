using Microsoft.Data.Sqlite;
using Npgsql;

namespace SmartRegion.Web.Platform.Backups;

internal static class DatabaseErrors
{
    /// <summary>An error of the database or its connection, reported as one line rather than a stack trace.</summary>
    public static bool IsDatabaseError(Exception ex) => ex is SqliteException or NpgsqlException or InvalidOperationException;
}
