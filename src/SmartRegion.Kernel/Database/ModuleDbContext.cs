using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Kernel.Database;

/// <summary>
/// Base of every module's <see cref="DbContext"/>: the module owns its tables (prefixed with its name),
/// its migrations history and its outbox table, so modules never share a table.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The module's short name in lower case, used as the table prefix (<c>hub</c>, <c>help</c>).</summary>
    public abstract string ModuleName { get; }

    /// <summary>Integration events waiting to be dispatched; written in the same transaction as the change.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable($"{ModuleName}_outbox");
            e.HasKey(m => m.Id);
            e.Property(m => m.Type).HasMaxLength(300);
            e.Property(m => m.LockedBy).HasMaxLength(100);
            e.Property(m => m.LastError).HasMaxLength(2000);
            e.HasIndex(m => new { m.ProcessedAt, m.OccurredAt });
        });
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot compare or order DateTimeOffset stored as text; store UTC ticks so queries translate and sort.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

    /// <summary>Queues an integration event; it is stored with the next <c>SaveChanges</c>.</summary>
    public void Publish(IntegrationEvent integrationEvent, DateTimeOffset now) =>
        OutboxMessages.Add(OutboxMessage.From(integrationEvent, now));
}
