namespace SmartRegion.Kernel.Outbox;

/// <summary>Runs one outbox cycle: dispatches every due message of every module once.</summary>
public interface IOutboxProcessor
{
    /// <summary>Dispatches due messages; returns how many were processed successfully.</summary>
    Task<int> DispatchPendingAsync(CancellationToken cancellationToken);
}
