namespace SmartRegion.Hub.Contracts.Audit;

/// <summary>
/// The region's append-only, tamper-evident audit log of staff and admin actions on personal data and on roles.
/// Every module records through it; the Hub owns the log.
/// </summary>
public interface IAuditLog
{
    /// <summary>
    /// Appends an entry for <paramref name="record"/>: the actor (person id and name) and the client address come from
    /// the current request, or are <c>system</c> outside a request; the time comes from the platform's clock.
    /// Pending changes of the Hub's context are committed in the same transaction.
    /// </summary>
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken);
}
