using SmartRegion.Hub.Contracts.Audit;

namespace SmartRegion.Hub.Audit;

/// <summary>The Hub's answer to the host's <c>audit-verify</c> command.</summary>
internal sealed class AuditChainVerifier(HubDb db, AuditKey key, AuditCheckpoints checkpoints) : IAuditChainVerifier
{
    public Task<AuditChainStatus> VerifyAsync(CancellationToken cancellationToken) => VerifyAuditChain.ExecuteAsync(db, key, checkpoints, cancellationToken);
}
