using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Kernel.Database;

/// <summary>
/// Base of a module's <see cref="DbContext"/>: the module owns its tables (prefixed with its name),
/// its migrations history and its outbox table, so modules never share a table.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IModuleDb
{
    /// <inheritdoc />
    public abstract string ModuleName { get; }

    /// <summary>Integration events waiting to be dispatched; written in the same transaction as the change.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) => ModuleModel.ConfigureOutbox(modelBuilder, ModuleName, Database);

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModuleModel.ConfigureConventions(configurationBuilder, Database);

    /// <summary>Queues an integration event; it is stored with the next <c>SaveChanges</c>.</summary>
    public void Publish(IntegrationEvent integrationEvent, DateTimeOffset now) => ModuleModel.Publish(this, integrationEvent, now);
}
