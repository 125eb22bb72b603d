using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Kernel.Database;

/// <summary>What every module's model has: its own outbox table and the provider conventions.</summary>
public static class ModuleModel
{
    /// <summary>
    /// Maps the module's outbox table (<c>{module}_outbox</c>) and the cursors of the nodes that read it for their local
    /// projections (<c>{module}_outbox_nodes</c>).
    /// </summary>
    public static void ConfigureOutbox(ModelBuilder modelBuilder, string module, DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(database);
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable($"{module}_outbox");
            e.HasKey(m => m.Id);
            e.Property(m => m.Type).HasMaxLength(300);
            e.Property(m => m.LockedBy).HasMaxLength(100);
            e.Property(m => m.LastError).HasMaxLength(2000);
            e.HasIndex(m => new { m.ProcessedAt, m.OccurredAt });
            if (database.IsNpgsql())
            {
                // The order every node reads the outbox in (OutboxFeed): the writing transaction, then the row within it.
                // SQLite needs neither: one writer at a time makes its rowid that order.
                e.Property<long>(OutboxFeed.TransactionColumn).HasDefaultValueSql("pg_current_xact_id()::text::bigint");
                e.Property<long>(OutboxFeed.PositionColumn).UseIdentityByDefaultColumn();
                e.HasIndex(OutboxFeed.TransactionColumn, OutboxFeed.PositionColumn);
            }
        });
        modelBuilder.Entity<OutboxNodeCursor>(e =>
        {
            e.ToTable($"{module}_outbox_nodes");
            e.HasKey(c => c.Node);
            e.Property(c => c.Node).HasMaxLength(100);
        });
    }

    /// <summary>Provider conventions: on SQLite, <see cref="DateTimeOffset"/> is stored as UTC ticks so it compares and sorts in SQL.</summary>
    public static void ConfigureConventions(ModelConfigurationBuilder configurationBuilder, DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        ArgumentNullException.ThrowIfNull(database);
        if (database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    /// <summary>Queues an integration event in the module's outbox; it is stored with the next <c>SaveChanges</c>.</summary>
    public static void Publish(this IModuleDb db, IntegrationEvent integrationEvent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ((DbContext)db).Set<OutboxMessage>().Add(OutboxMessage.From(integrationEvent, now));
    }

    /// <summary>The module's outbox.</summary>
    public static DbSet<OutboxMessage> Outbox(this IModuleDb db) => ((DbContext)db).Set<OutboxMessage>();

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
