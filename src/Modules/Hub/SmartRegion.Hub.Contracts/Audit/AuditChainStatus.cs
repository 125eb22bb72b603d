namespace SmartRegion.Hub.Contracts.Audit;

/// <summary>The outcome of checking the audit log's hash chain.</summary>
/// <param name="IsIntact">True when every entry carries the hash of the one before and its own content's hash.</param>
/// <param name="Entries">How many entries were checked.</param>
/// <param name="BrokenAt">The sequence number of the first entry that does not fit, when the chain is broken.</param>
/// <param name="Reason">Why that entry does not fit, in English, for operators.</param>
public sealed record AuditChainStatus(bool IsIntact, long Entries, long? BrokenAt = null, string? Reason = null)
{
    /// <summary>The one line an operator sees: <c>audit log intact: N entries</c> or <c>audit log broken at entry N: reason</c>.</summary>
    public string Summary => IsIntact
        ? $"audit log intact: {Entries} entries"
        : $"audit log broken at entry {BrokenAt}: {Reason}";
}
