namespace SmartRegion.Hub.Audit;

/// <summary>
/// The provider-specific part of appending: inside the open transaction, makes this writer the only one until it
/// commits, so the last hash it reads is still the last when its entry is written.
/// </summary>
internal interface IAuditAppendLock
{
    Task AcquireAsync(HubDb db, CancellationToken cancellationToken);
}
