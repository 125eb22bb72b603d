using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SmartRegion.Hub.Audit;

/// <summary>Refuses to save a change to or the removal of an audit entry: the log only grows.</summary>
internal sealed class AuditAppendOnly : SaveChangesInterceptor
{
    public static readonly AuditAppendOnly Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<AuditEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException(
                    $"Audit entry {entry.Entity.Sequence} cannot be {(entry.State == EntityState.Deleted ? "deleted" : "changed")}: the audit log is append-only.");
            }
        }
    }
}
