using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmartRegion.Kernel.Database;

namespace SmartRegion.Kernel.Outbox;

/// <summary>
/// Hands every event of every module's outbox to this node's local projections, in order, each once per node: the node
/// keeps a cursor per module in the database (<see cref="OutboxNodeCursor"/>) and moves it after the handlers of a
/// batch succeeded. A failing projection holds the cursor (so the node's state never skips an event) and is tried again
/// with a growing pause; delivery is at least once, handlers are idempotent.
/// </summary>
internal sealed partial class LocalProjectionFeed(
    IServiceScopeFactory scopes,
    ModuleDatabases databases,
    IntegrationEventTypes eventTypes,
    OutboxOptions options,
    TimeProvider time,
    ILogger<LocalProjectionFeed> logger) : IDisposable
{
    private const int BatchSize = 50;
    private static readonly TimeSpan Heartbeat = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _cycle = new(1, 1);
    private readonly ConcurrentDictionary<Type, FeedPosition> _startHeads = new();
    private readonly ConcurrentDictionary<Type, FeedPosition> _reached = new();
    private readonly ConcurrentDictionary<Type, (int Failures, DateTimeOffset RetryAt)> _failing = new();

    public string Node => options.Node;

    /// <summary>Whether the last round found committed events it may not read yet (PostgreSQL, see <see cref="OutboxFeed"/>).</summary>
    public bool HeldBack { get; private set; }

    public void Dispose() => _cycle.Dispose();

    /// <summary>
    /// Notes, per module, the last event committed when the node started: the node is ready once it has handled up to
    /// there. A module whose outbox cannot be read yet (migrations pending) is measured when readiness is asked next.
    /// </summary>
    public async Task RecordStartAsync(CancellationToken cancellationToken)
    {
        if (!eventTypes.HasLocalProjections)
        {
            return;
        }

        foreach (var dbType in databases.Types.Where(t => !_startHeads.ContainsKey(t)))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                _startHeads.TryAdd(dbType, await OutboxFeed.HeadAsync((DbContext)scope.ServiceProvider.GetRequiredService(dbType), cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogHeadUnknown(logger, dbType.Name, ex.Message);
            }
        }
    }

    /// <summary>The modules whose events up to the node's start are not all handled yet; empty when the node is ready.</summary>
    public async Task<IReadOnlyList<string>> BehindAsync(CancellationToken cancellationToken)
    {
        await RecordStartAsync(cancellationToken);
        return [.. databases.Types
            .Where(t => eventTypes.HasLocalProjections
                && (!_startHeads.TryGetValue(t, out var head) || head > FeedPosition.Start && (!_reached.TryGetValue(t, out var at) || at < head)))
            .Select(t => t.Name)];
    }

    /// <summary>Runs one round over every module; returns how many events the node's cursors moved past.</summary>
    public async Task<int> DeliverAsync(CancellationToken cancellationToken)
    {
        if (!eventTypes.HasLocalProjections)
        {
            return 0;
        }

        await _cycle.WaitAsync(cancellationToken);
        try
        {
            HeldBack = false;
            var moved = 0;
            foreach (var dbType in databases.Types)
            {
                if (_failing.TryGetValue(dbType, out var failing) && failing.RetryAt > time.GetUtcNow())
                {
                    continue;
                }

                moved += await DeliverModuleAsync(dbType, cancellationToken);
            }

            return moved;
        }
        finally
        {
            _cycle.Release();
        }
    }

    private async Task<int> DeliverModuleAsync(Type dbType, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(dbType);
        var cursor = await db.Set<OutboxNodeCursor>().SingleOrDefaultAsync(c => c.Node == options.Node, cancellationToken);
        var after = cursor?.At ?? FeedPosition.Start;
        var rows = await OutboxFeed.ReadAsync(db, after, BatchSize, cancellationToken);
        var now = time.GetUtcNow();
        if (rows.Count == 0)
        {
            _reached[dbType] = after;
            HeldBack |= await OutboxFeed.HeldBackAsync(db, after, cancellationToken);
            if (cursor is null || now - cursor.SeenAt >= Heartbeat)
            {
                // Said now and then, so that a later cleanup knows which nodes are alive and how far they are.
                Save(db, cursor, after, now);
                await db.SaveChangesAsync(cancellationToken);
            }

            return 0;
        }

        try
        {
            await HandleAsync(scope.ServiceProvider, rows, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var failures = _failing.TryGetValue(dbType, out var f) ? f.Failures + 1 : 1;
            _failing[dbType] = (failures, now + TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, failures))));
            LogProjectionFailed(logger, ex, rows[0].Type, rows[0].Id, options.Node, failures);
            if (cursor is not null && now - cursor.SeenAt >= Heartbeat)
            {
                // A node whose projection fails is alive and behind: it says so, so the outbox cleanup keeps its events.
                // Not through the context, which may hold what the failing handler left.
                await db.Set<OutboxNodeCursor>().Where(c => c.Node == options.Node)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.SeenAt, now), cancellationToken);
            }

            return 0;
        }

        _failing.TryRemove(dbType, out _);
        Save(db, cursor, rows[^1].At, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        _reached[dbType] = rows[^1].At;
        return rows.Count;
    }

    private void Save(DbContext db, OutboxNodeCursor? cursor, FeedPosition at, DateTimeOffset now)
    {
        if (cursor is null)
        {
            db.Set<OutboxNodeCursor>().Add(OutboxNodeCursor.Start(options.Node, at, now));
        }
        else
        {
            cursor.MoveTo(at, now);
        }
    }

    /// <summary>The batch handlers get the events of each type together, then the single handlers each event in order.</summary>
    private async Task HandleAsync(IServiceProvider services, IReadOnlyList<OutboxFeed.Row> rows, CancellationToken cancellationToken)
    {
        var known = rows.Select(r => (Row: r, Type: eventTypes.Find(r.Type))).Where(r => r.Type is not null).ToList();
        foreach (var group in known.GroupBy(r => r.Type!))
        {
            await HandlerCalls.BatchAsync(services, group.Key, group.Select(r => HandlerCalls.Read(group.Key, r.Row.Id, r.Row.Payload)), local: true, cancellationToken);
        }

        foreach (var (row, type) in known)
        {
            await HandlerCalls.SingleAsync(services, type!, HandlerCalls.Read(type!, row.Id, row.Payload), local: true, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A local projection failed on integration event {Type} {Id} on node {Node} (attempt {Failures}); the node tries again and reports not ready while behind.")]
    private static partial void LogProjectionFailed(ILogger logger, Exception ex, string type, Guid id, string node, int failures);

    [LoggerMessage(Level = LogLevel.Information, Message = "The outbox of {Database} could not be read at start ({Reason}); readiness measures it later.")]
    private static partial void LogHeadUnknown(ILogger logger, string database, string reason);
}
