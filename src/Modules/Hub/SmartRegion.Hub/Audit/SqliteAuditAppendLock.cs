namespace SmartRegion.Hub.Audit;

/// <summary>
/// SQLite has one writer per file, and Microsoft.Data.Sqlite begins transactions with <c>BEGIN IMMEDIATE</c>, which
/// takes the write lock at once (waiting up to the busy timeout); nothing more to do.
/// </summary>
internal sealed class SqliteAuditAppendLock : IAuditAppendLock
{
    public Task AcquireAsync(HubDb db, CancellationToken cancellationToken) => Task.CompletedTask;
}
