using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Kernel.Database;

/// <summary>What every module's model has: its own outbox table and the provider conventions.</summary>
public static class ModuleModel
{
    /// <summary>Maps the module's outbox table (<c>{module}_outbox</c>).</summary>
    public static void ConfigureOutbox(ModelBuilder modelBuilder, string module)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable($"{module}_outbox");
            e.HasKey(m => m.Id);
            e.Property(m => m.Type).HasMaxLength(300);
            e.Property(m => m.LockedBy).HasMaxLength(100);
            e.Property(m => m.LastError).HasMaxLength(2000);
            e.HasIndex(m => new { m.ProcessedAt, m.OccurredAt });
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
