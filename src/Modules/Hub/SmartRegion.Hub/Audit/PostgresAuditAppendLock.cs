using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Hub.Audit;

/// <summary>
/// PostgreSQL: a transaction-scoped advisory lock, released by the commit or rollback; other app nodes on the same
/// database wait for it too.
/// </summary>
internal sealed class PostgresAuditAppendLock : IAuditAppendLock
{
    /// <summary>An arbitrary fixed key ("SRAUDIT" in ASCII) that only the audit log uses.</summary>
    private const long Key = 0x53_52_41_55_44_49_54;

    public async Task AcquireAsync(HubDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
    }
}
