using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SmartRegion.Kernel.Outbox;

/// <summary>Notes outbox writes during <c>SaveChanges</c> and signals the dispatcher after the commit.</summary>
internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfOutboxWritten(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyIfOutboxWritten(eventData);
        return ValueTask.FromResult(result);
    }

    private void NotifyIfOutboxWritten(SaveChangesCompletedEventData eventData)
    {
        // After SaveChanges the entries are Unchanged; any tracked, unprocessed outbox message means work.
        if (eventData.Context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.ProcessedAt is null) == true)
        {
            signal.Notify();
        }
    }
}
