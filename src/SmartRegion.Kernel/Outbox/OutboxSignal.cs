namespace SmartRegion.Kernel.Outbox;

/// <summary>Wakes the dispatcher as soon as a change with integration events is committed.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once this node listens for other nodes' commits (PostgreSQL only).</summary>
    internal Task Listening => _listening.Task;

    internal void MarkListening() => _listening.TrySetResult();

    internal void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another writer signalled at the same moment; one wake-up is enough.
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _signal.Dispose();

    internal Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _signal.WaitAsync(timeout, cancellationToken);
}
