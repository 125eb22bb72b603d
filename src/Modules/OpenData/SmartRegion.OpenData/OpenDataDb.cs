using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Database;
using SmartRegion.OpenData.ApiTokens;
using SmartRegion.OpenData.Datasets;

namespace SmartRegion.OpenData;

/// <summary>The open data catalogue's tables. Slices use it directly; the provider subclasses only carry migrations.</summary>
internal class OpenDataDb(DbContextOptions options) : ModuleDbContext(options)
{
    public override string ModuleName => "opendata";

    public DbSet<Dataset> Datasets => Set<Dataset>();

    public DbSet<Distribution> Distributions => Set<Distribution>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Dataset>(e =>
        {
            e.ToTable("opendata_datasets");
            e.HasKey(d => d.Id);
            e.Property(d => d.Name).HasMaxLength(Dataset.MaxName);
            e.HasIndex(d => d.Name).IsUnique();
            e.Property(d => d.MunicipalityAgs).HasMaxLength(8);
            e.HasIndex(d => new { d.MunicipalityAgs, d.Status });
            e.HasIndex(d => new { d.Status, d.Modified });
            // The CKAN search checks whether its in-memory index is current by the newest change.
            e.HasIndex(d => d.Modified);
            e.Property(d => d.Title).HasMaxLength(Dataset.MaxTitle);
            e.Property(d => d.Description).HasMaxLength(Dataset.MaxDescription);
            e.Property(d => d.PublisherName).HasMaxLength(Dataset.MaxPublisher);
            e.Property(d => d.ContactName).HasMaxLength(Dataset.MaxContactName);
            e.Property(d => d.ContactEmail).HasMaxLength(Dataset.MaxEmail);
            e.Property(d => d.LicenceCode).HasMaxLength(40);
            e.Property(d => d.AttributionText).HasMaxLength(Dataset.MaxAttribution);
            e.Property(d => d.FrequencyCode).HasMaxLength(20);
            e.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            e.HasMany(d => d.Distributions).WithOne().HasForeignKey(x => x.DatasetId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Distribution>(e =>
        {
            e.ToTable("opendata_distributions");
            e.HasKey(d => d.Id);
            e.Property(d => d.Title).HasMaxLength(Distribution.MaxTitle);
            e.Property(d => d.FormatCode).HasMaxLength(30);
            e.Property(d => d.MediaType).HasMaxLength(120);
            e.Property(d => d.FileName).HasMaxLength(Distribution.MaxFileName);
            e.Property(d => d.StoragePath).HasMaxLength(300);
            e.Property(d => d.Sha256).HasMaxLength(64);
            e.Property(d => d.LinkUrl).HasMaxLength(Distribution.MaxUrl);
            e.HasIndex(d => d.DatasetId);
        });
        modelBuilder.Entity<ApiToken>(e =>
        {
            e.ToTable("opendata_api_tokens");
            e.HasKey(t => t.Id);
            e.Property(t => t.MunicipalityAgs).HasMaxLength(8);
            e.Property(t => t.Name).HasMaxLength(ApiToken.MaxName);
            e.Property(t => t.SecretHash).HasMaxLength(64);
            e.HasIndex(t => t.SecretHash).IsUnique();
            e.Property(t => t.Hint).HasMaxLength(20);
            e.HasIndex(t => t.MunicipalityAgs);
        });
    }
}
