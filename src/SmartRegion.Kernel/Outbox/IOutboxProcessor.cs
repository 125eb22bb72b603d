namespace SmartRegion.Kernel.Outbox;

/// <summary>
/// Runs one outbox cycle: dispatches due messages of every module to the once-per-cluster handlers, then hands the
/// events this node has not seen yet to its local projections.
/// </summary>
public interface IOutboxProcessor
{
    /// <summary>Dispatches due messages; returns how many were processed plus how many this node's projections moved past.</summary>
    Task<int> DispatchPendingAsync(CancellationToken cancellationToken);
}
