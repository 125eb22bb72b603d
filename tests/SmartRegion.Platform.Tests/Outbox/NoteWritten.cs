using System.Collections.Concurrent;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Platform.Tests.Outbox;

internal sealed record NoteWritten(Guid NoteId, string Text) : IntegrationEvent;

/// <summary>What the handler saw; shared by all hosts of one test.</summary>
internal sealed class NoteLog
{
    public ConcurrentQueue<Guid> Received { get; } = new();

    public int FailuresLeft;

    /// <summary>The note ids of each batch the batch handler got.</summary>
    public ConcurrentQueue<Guid[]> Batches { get; } = new();

    public int BatchFailuresLeft;
}

internal sealed class NoteWrittenHandler(NoteLog log) : IIntegrationEventHandler<NoteWritten>
{
    public Task HandleAsync(NoteWritten integrationEvent, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref log.FailuresLeft) >= 0)
        {
            throw new InvalidOperationException("The receiving module is down.");
        }

        log.Received.Enqueue(integrationEvent.NoteId);
        return Task.CompletedTask;
    }
}

internal sealed class NoteBatchHandler(NoteLog log) : IIntegrationEventBatchHandler<NoteWritten>
{
    public Task HandleAsync(IReadOnlyList<NoteWritten> integrationEvents, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref log.BatchFailuresLeft) >= 0)
        {
            throw new InvalidOperationException("The index is down.");
        }

        log.Batches.Enqueue([.. integrationEvents.Select(e => e.NoteId)]);
        return Task.CompletedTask;
    }
}
