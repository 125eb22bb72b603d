using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Freshness;
using SmartRegion.Help.Gaps;
using SmartRegion.Help.Offers;
using SmartRegion.Help.Revisions;
using SmartRegion.Kernel.Database;

namespace SmartRegion.Help;

/// <summary>
/// The help directory's tables (<c>help_*</c>): the offers in the Open Referral HSDS 3.0 model, keyed by their HSDS
/// ids, plus the German profile's few extra columns. Entity configurations live next to their entities; later
/// features add theirs the same way. Slices use this context; the provider subclasses only carry migrations.
/// </summary>
internal class HelpDb(DbContextOptions options) : ModuleDbContext(options)
{
    public override string ModuleName => "help";

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Service> Services => Set<Service>();

    public DbSet<Location> Locations => Set<Location>();

    public DbSet<ServiceAtLocation> ServiceAtLocations => Set<ServiceAtLocation>();

    public DbSet<Taxonomy> Taxonomies => Set<Taxonomy>();

    public DbSet<TaxonomyTerm> TaxonomyTerms => Set<TaxonomyTerm>();

    public DbSet<OfferRevision> OfferRevisions => Set<OfferRevision>();

    public DbSet<OfferReminder> OfferReminders => Set<OfferReminder>();

    public DbSet<SearchGap> SearchGaps => Set<SearchGap>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HelpDb).Assembly);
    }
}
