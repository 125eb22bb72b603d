using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Kernel.Database;

namespace SmartRegion.Kernel.Outbox;

/// <summary>
/// Removes delivered events from every module's outbox (docs/adr/0013): only events processed once per cluster more than
/// the retention ago, lying before the lowest cursor of the nodes seen within the retention, and never the newest row.
/// One node of the cluster does it per interval: the round runs in a transaction that holds the database's write lock
/// (SQLite) or an advisory lock (PostgreSQL) and leaves a marker row (<see cref="Marker"/>) among the node cursors with the
/// time of the last round; a node that finds a recent marker leaves the round to the one that wrote it.
/// </summary>
internal sealed class OutboxCleanup(IServiceScopeFactory scopes, ModuleDatabases databases, IntegrationEventTypes eventTypes, OutboxOptions options, TimeProvider time)
{
    /// <summary>The marker's name in <c>{module}_outbox_nodes</c>; node names cannot start with '#'.</summary>
    public const string Marker = "#cleanup";

    /// <summary>Runs one round; returns how many modules this node cleaned (0 when another node's round is recent) and how many events went.</summary>
    public async Task<(int Modules, int Deleted)> RunAsync(CancellationToken cancellationToken)
    {
        var (modules, deleted) = (0, 0);
        foreach (var dbType in databases.Types)
        {
            if (await CleanModuleAsync(dbType, cancellationToken) is { } count)
            {
                modules++;
                deleted += count;
            }
        }

        return (modules, deleted);
    }

    private async Task<int?> CleanModuleAsync(Type dbType, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(dbType);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql() && !await LockAsync(db, dbType, cancellationToken))
        {
            return null;
        }

        var cursors = await db.Set<OutboxNodeCursor>().ToListAsync(cancellationToken);
        var marker = cursors.SingleOrDefault(c => c.Node == Marker);
        if (marker is not null && now - marker.SeenAt < options.CleanupInterval * 0.9)
        {
            return null;
        }

        var live = cursors.Where(c => c.Node != Marker && now - c.SeenAt <= options.Retention).Select(c => c.At).ToList();
        if (eventTypes.HasLocalProjections && live.Count == 0)
        {
            // Nodes follow this outbox, but none said where it stands lately: nothing is known to be past.
            return null;
        }

        FeedPosition? before = eventTypes.HasLocalProjections ? live.Min() : null;
        var deleted = await OutboxFeed.DeleteProcessedAsync(db, now - options.Retention, before, cancellationToken);
        if (marker is null)
        {
            db.Set<OutboxNodeCursor>().Add(OutboxNodeCursor.Start(Marker, before ?? FeedPosition.Start, now));
        }
        else
        {
            marker.MoveTo(before ?? FeedPosition.Start, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    private static async Task<bool> LockAsync(DbContext db, Type dbType, CancellationToken cancellationToken)
    {
        // Held until the transaction ends; a second node does not wait but leaves the round to the first.
        var key = "smartregion-outbox-cleanup:" + dbType.FullName;
        var locked = await db.Database.SqlQueryRaw<bool>("SELECT pg_try_advisory_xact_lock(hashtext({0})) AS \"Value\"", key).ToListAsync(cancellationToken);
        return locked[0];
    }
}
