using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Accessibility;
using SmartRegion.Hub.Accounts;
using SmartRegion.Hub.Municipalities;
using SmartRegion.Hub.Roles;
using SmartRegion.Hub.SingleSignOn;
using SmartRegion.Kernel.Database;

namespace SmartRegion.Hub;

/// <summary>
/// The Hub's tables, including the identity store. It derives from Identity's context, so it brings the kernel's
/// module model (outbox, conventions) itself. Slices use it directly; the provider subclasses only carry migrations.
/// </summary>
internal class HubDb(DbContextOptions options) : IdentityUserContext<Person, Guid>(options), IModuleDb, IDataProtectionKeyContext
{
    public string ModuleName => "hub";

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<BarrierReport> BarrierReports => Set<BarrierReport>();

    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        ModuleModel.ConfigureOutbox(builder, ModuleName, Database);
        builder.ApplyConfigurationsFromAssembly(typeof(HubDb).Assembly);
        builder.Entity<Person>().ToTable("hub_people");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("hub_person_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("hub_person_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("hub_person_tokens");
        // Passkeys are part of the model when Identity's schema version 3 is configured (always, in the host).
        builder.Model.FindEntityType(typeof(IdentityUserPasskey<Guid>))?.SetTableName("hub_person_passkeys");
        builder.Entity<DataProtectionKey>().ToTable("hub_data_protection_keys");
        SingleSignOnModel.Configure(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModuleModel.ConfigureConventions(configurationBuilder, Database);
}
