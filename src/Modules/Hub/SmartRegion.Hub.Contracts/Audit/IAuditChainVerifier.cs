namespace SmartRegion.Hub.Contracts.Audit;

/// <summary>Checks the audit log's hash chain from the first entry to the last.</summary>
public interface IAuditChainVerifier
{
    /// <summary>Reads every entry in order and recomputes its hash; stops at the first entry that does not fit.</summary>
    Task<AuditChainStatus> VerifyAsync(CancellationToken cancellationToken);
}
