using System.Collections.Concurrent;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Platform.Tests.Outbox;

internal sealed record NoteWritten(Guid NoteId, string Text) : IntegrationEvent;

/// <summary>What the handler saw; shared by all hosts of one test.</summary>
internal sealed class NoteLog
{
    public ConcurrentQueue<Guid> Received { get; } = new();

    public int FailuresLeft;
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
