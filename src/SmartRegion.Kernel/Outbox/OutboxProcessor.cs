using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmartRegion.Kernel.Database;

namespace SmartRegion.Kernel.Outbox;

/// <summary>
/// Claims due messages with a lease (so several app nodes can share one database), hands each to every once-per-cluster
/// handler of its type and marks it processed. A failure leaves the message for a later cycle with backoff:
/// delivery is at least once and nothing is dropped. Then this node's local projections follow the outbox
/// (<see cref="LocalProjectionFeed"/>).
/// </summary>
internal sealed partial class OutboxProcessor(
    IServiceScopeFactory scopes,
    ModuleDatabases databases,
    IntegrationEventTypes eventTypes,
    LocalProjectionFeed localProjections,
    TimeProvider time,
    ILogger<OutboxProcessor> logger) : IOutboxProcessor
{
    private const int BatchSize = 50;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private readonly string _node = NodeName();

    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var processed = 0;
        foreach (var dbType in databases.Types)
        {
            processed += await DispatchModuleAsync(dbType, cancellationToken);
        }

        return processed + await localProjections.DeliverAsync(cancellationToken);
    }

    private async Task<int> DispatchModuleAsync(Type dbType, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(dbType);
        var outbox = db.Set<OutboxMessage>();
        var now = time.GetUtcNow();
        var due = await outbox
            .Where(m => m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.OccurredAt)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        await outbox
            .Where(m => due.Contains(m.Id) && m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, _node).SetProperty(m => m.LockedUntil, now + Lease), cancellationToken);
        var claimed = await outbox
            .Where(m => due.Contains(m.Id) && m.LockedBy == _node && m.ProcessedAt == null)
            .OrderBy(m => m.OccurredAt)
            .ToListAsync(cancellationToken);

        var failed = await DeliverBatchesAsync(db, claimed, cancellationToken);
        var processed = 0;
        foreach (var message in claimed.Where(m => !failed.Contains(m.Id)))
        {
            try
            {
                await DeliverAsync(message, cancellationToken);
                message.MarkProcessed(time.GetUtcNow());
                processed++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var backoff = TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, message.Attempts + 1)));
                message.MarkFailed(ex, time.GetUtcNow() + backoff);
                LogDeliveryFailed(logger, ex, message.Type, message.Id, message.Attempts);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return processed;
    }

    /// <summary>
    /// Hands the claimed events of each type to the batch handlers of that type, if any. Returns the ids of the events
    /// whose batch failed; they are marked failed and skip the single handlers in this cycle.
    /// </summary>
    private async Task<HashSet<Guid>> DeliverBatchesAsync(DbContext db, IReadOnlyList<OutboxMessage> claimed, CancellationToken cancellationToken)
    {
        var failed = new HashSet<Guid>();
        foreach (var group in claimed.GroupBy(m => m.Type, StringComparer.Ordinal))
        {
            if (eventTypes.Find(group.Key) is not { } type)
            {
                continue;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var events = group.Select(m => HandlerCalls.Read(type, m.Id, m.Payload));
                await HandlerCalls.BatchAsync(scope.ServiceProvider, type, events, local: false, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                foreach (var message in group)
                {
                    var backoff = TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, message.Attempts + 1)));
                    message.MarkFailed(ex, time.GetUtcNow() + backoff);
                    failed.Add(message.Id);
                    LogDeliveryFailed(logger, ex, message.Type, message.Id, message.Attempts);
                }

                await db.SaveChangesAsync(cancellationToken);
            }
        }

        return failed;
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = eventTypes.Find(message.Type);
        if (type is null)
        {
            return; // No module in this host reacts to this event.
        }

        await using var scope = scopes.CreateAsyncScope();
        await HandlerCalls.SingleAsync(scope.ServiceProvider, type, HandlerCalls.Read(type, message.Id, message.Payload), local: false, cancellationToken);
    }

    private static string NodeName()
    {
        var name = $"{Guid.NewGuid():N}:{Environment.ProcessId}:{Environment.MachineName}";
        return name.Length <= 100 ? name : name[..100];
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering integration event {Type} {Id} failed (attempt {Attempts}); it stays in the outbox.")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception ex, string type, Guid id, int attempts);
}
