using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SmartRegion.Hub.Audit;

/// <summary>
/// Writes the checkpoint once the transaction that holds new audit entries has committed (the audit log's own or the
/// caller's it joined), so a checkpoint never names an entry that was rolled back.
/// </summary>
internal sealed class AuditHeadOnCommit(AuditCheckpoints checkpoints) : DbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Head> _pending = [];

    private sealed record Head(long Count, string Hash);

    /// <summary>Remembers the newest entry appended in <paramref name="db"/>'s open transaction.</summary>
    public void Expect(DbContext db, long count, string hash) => _pending.AddOrUpdate(db, new Head(count, hash));

    public void Forget(DbContext db) => _pending.Remove(db);

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Write(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Write(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Clear(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Clear(eventData.Context);
        return Task.CompletedTask;
    }

    private void Write(DbContext? db)
    {
        if (db is not null && _pending.TryGetValue(db, out var head))
        {
            _pending.Remove(db);
            checkpoints.Append(head.Count, head.Hash);
        }
    }

    private void Clear(DbContext? db)
    {
        if (db is not null)
        {
            _pending.Remove(db);
        }
    }
}
