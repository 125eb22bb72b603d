using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Accessibility;
using SmartRegion.Hub.Municipalities;
using SmartRegion.Kernel.Database;

namespace SmartRegion.Hub;

/// <summary>The Hub's tables. Slices use it directly; the provider subclasses only carry migrations.</summary>
internal class HubDb(DbContextOptions options) : ModuleDbContext(options), IDataProtectionKeyContext
{
    public override string ModuleName => "hub";

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<BarrierReport> BarrierReports => Set<BarrierReport>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HubDb).Assembly);
        modelBuilder.Entity<DataProtectionKey>().ToTable("hub_data_protection_keys");
    }
}
