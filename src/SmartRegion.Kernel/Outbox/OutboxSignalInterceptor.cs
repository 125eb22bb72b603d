using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace SmartRegion.Kernel.Outbox;

/// <summary>
/// Notes outbox writes during <c>SaveChanges</c> and, after they are saved, wakes this node's dispatcher; on PostgreSQL
/// it also sends <c>NOTIFY</c>, which the database delivers with the commit to every node listening
/// (<see cref="PostgresOutboxListener"/>) — and never for a transaction that is rolled back. Saved inside a transaction
/// (an import), the events become readable only with its commit, so this node's dispatcher is woken once more then:
/// otherwise it may look too early, find nothing, and sleep a whole poll interval.
/// </summary>
internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private const string Notify = "NOTIFY " + PostgresOutboxListener.Channel;
    private readonly ConditionalWeakTable<DbContext, object> _writing = [];
    private readonly ConditionalWeakTable<DbTransaction, object> _committing = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Written(eventData.Context) is { } context)
        {
            if (context.Database.IsNpgsql())
            {
                context.Database.ExecuteSqlRaw(Notify);
            }

            NoteTransaction(context);
            signal.Notify();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Written(eventData.Context) is { } context)
        {
            if (context.Database.IsNpgsql())
            {
                await context.Database.ExecuteSqlRawAsync(Notify, cancellationToken);
            }

            NoteTransaction(context);
            signal.Notify();
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Written(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Written(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(transaction);
        return Task.CompletedTask;
    }

    private void NoteTransaction(DbContext context)
    {
        if (context.Database.CurrentTransaction?.GetDbTransaction() is { } transaction)
        {
            _committing.AddOrUpdate(transaction, this);
        }
    }

    private void Committed(DbTransaction transaction)
    {
        if (_committing.Remove(transaction))
        {
            signal.Notify();
        }
    }

    private void Note(DbContext? context)
    {
        if (context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added) == true)
        {
            _writing.AddOrUpdate(context, this);
        }
    }

    private DbContext? Written(DbContext? context) => context is not null && _writing.Remove(context) ? context : null;
}
