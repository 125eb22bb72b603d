using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Database;

namespace SmartRegion.Platform.Tests.Outbox;

/// <summary>A module database of the tests' own, to exercise the kernel's outbox on a real provider.</summary>
internal class OutboxTestDb(DbContextOptions options) : ModuleDbContext(options)
{
    public override string ModuleName => "outboxtest";

    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Note>().ToTable("outboxtest_notes");
    }
}

internal sealed class OutboxTestSqliteDb(DbContextOptions<OutboxTestSqliteDb> options) : OutboxTestDb(options);

internal sealed class OutboxTestPostgresDb(DbContextOptions<OutboxTestPostgresDb> options) : OutboxTestDb(options);

internal sealed class Note
{
    public Guid Id { get; set; }

    public string Text { get; set; } = "";
}
