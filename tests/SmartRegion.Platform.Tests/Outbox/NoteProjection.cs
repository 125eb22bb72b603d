using System.Collections.Concurrent;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Platform.Tests.Outbox;

/// <summary>The node a test host plays.</summary>
internal sealed record TestNode(string Name);

/// <summary>What the local projections of all nodes of one test saw, by node.</summary>
internal sealed class ProjectionLog
{
    public ConcurrentQueue<(string Node, Guid NoteId)> Seen { get; } = new();

    public int FailuresLeft;

    public Guid[] Of(string node) => [.. Seen.Where(s => s.Node == node).Select(s => s.NoteId)];
}

/// <summary>Stands for a node's search index: every node must see every note.</summary>
[LocalProjection]
internal sealed class NoteProjection(ProjectionLog log, TestNode node) : IIntegrationEventHandler<NoteWritten>
{
    public Task HandleAsync(NoteWritten integrationEvent, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref log.FailuresLeft) >= 0)
        {
            throw new InvalidOperationException("The node's index is locked.");
        }

        log.Seen.Enqueue((node.Name, integrationEvent.NoteId));
        return Task.CompletedTask;
    }
}
