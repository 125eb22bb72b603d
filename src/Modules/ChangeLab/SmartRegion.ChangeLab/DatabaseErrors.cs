using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SmartRegion.ChangeLab;

/// <summary>Tells a refused row apart from other database failures, on either provider.</summary>
internal static class DatabaseErrors
{
    /// <summary>True when the database refused a row because its unique key is taken.</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException { SqliteErrorCode: 19 } => true, // SQLITE_CONSTRAINT
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        _ => false,
    };
}
