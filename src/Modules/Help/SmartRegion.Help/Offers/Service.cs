using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRegion.Help.Offers;

/// <summary>An HSDS service: one support offer of an organization.</summary>
internal sealed class Service
{
    /// <summary>German profile: an offer whose <see cref="AssuredDate"/> is older than this is due for confirmation.</summary>
    public static readonly int FreshForMonths = 6;

    public string Id { get; set; } = "";

    public string OrganizationId { get; set; } = "";

    public string Name { get; set; } = "";

    public string? AlternateName { get; set; }

    public string? Description { get; set; }

    public string? Url { get; set; }

    public string? Email { get; set; }

    public string Status { get; set; } = "active";

    public string? InterpretationServices { get; set; }

    public string? ApplicationProcess { get; set; }

    public string? FeesDescription { get; set; }

    public string? EligibilityDescription { get; set; }

    public decimal? MinimumAge { get; set; }

    public decimal? MaximumAge { get; set; }

    /// <summary>HSDS assured_date: the day the provider last confirmed the entry ("zuletzt bestätigt").</summary>
    public DateOnly? AssuredDate { get; set; }

    /// <summary>HSDS last_modified: kept as delivered; set to the import time when absent.</summary>
    public DateTimeOffset LastModified { get; set; }

    /// <summary>German profile: a service area says "bundesweit" (offered everywhere, e.g. a national hotline).</summary>
    public bool IsNationwide { get; set; }

    public List<Phone> Phones { get; set; } = [];

    public List<Language> Languages { get; set; } = [];

    public List<CostOption> CostOptions { get; set; } = [];

    public List<ServiceArea> ServiceAreas { get; set; } = [];

    public List<ServiceAttribute> Attributes { get; set; } = [];

    /// <summary>German profile: the municipalities (AGS) the service covers, derived from service areas and locations.</summary>
    public List<ServiceMunicipality> Municipalities { get; set; } = [];

    /// <summary>True when the entry was confirmed within the last <see cref="FreshForMonths"/> months.</summary>
    public bool IsFresh(DateOnly today) => AssuredDate is { } assured && assured >= today.AddMonths(-FreshForMonths);

    internal sealed class Configuration : IEntityTypeConfiguration<Service>
    {
        public void Configure(EntityTypeBuilder<Service> builder)
        {
            builder.ToTable("help_services");
            builder.HasKey(s => s.Id);
            builder.Property(s => s.Id).HasMaxLength(OfferLimits.Id);
            builder.Property(s => s.OrganizationId).HasMaxLength(OfferLimits.Id);
            builder.Property(s => s.Name).HasMaxLength(OfferLimits.Name);
            builder.Property(s => s.AlternateName).HasMaxLength(OfferLimits.Name);
            builder.Property(s => s.Description).HasMaxLength(OfferLimits.Text);
            builder.Property(s => s.Url).HasMaxLength(OfferLimits.Url);
            builder.Property(s => s.Email).HasMaxLength(OfferLimits.Email);
            builder.Property(s => s.Status).HasMaxLength(OfferLimits.Short);
            builder.Property(s => s.InterpretationServices).HasMaxLength(OfferLimits.Text);
            builder.Property(s => s.ApplicationProcess).HasMaxLength(OfferLimits.Text);
            builder.Property(s => s.FeesDescription).HasMaxLength(OfferLimits.Text);
            builder.Property(s => s.EligibilityDescription).HasMaxLength(OfferLimits.Text);
            builder.Property(s => s.MinimumAge).HasPrecision(5, 2);
            builder.Property(s => s.MaximumAge).HasPrecision(5, 2);
            builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            builder.HasMany(s => s.Phones).WithOne().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Cascade);
            builder.HasMany(s => s.Languages).WithOne().HasForeignKey(l => l.ServiceId).OnDelete(DeleteBehavior.Cascade);
            builder.HasMany(s => s.CostOptions).WithOne().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);
            builder.HasMany(s => s.ServiceAreas).WithOne().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Cascade);
            builder.HasMany(s => s.Attributes).WithOne().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Cascade);
            builder.HasMany(s => s.Municipalities).WithOne().HasForeignKey(m => m.ServiceId).OnDelete(DeleteBehavior.Cascade);
            builder.HasIndex(s => s.LastModified);
            builder.HasIndex(s => s.OrganizationId);
        }
    }
}

/// <summary>An HSDS language of a service (ISO 639-1; <c>gsg</c> for Deutsche Gebärdensprache; Leichte Sprache by name).</summary>
internal sealed class Language
{
    public string Id { get; set; } = "";

    public string ServiceId { get; set; } = "";

    public string? Name { get; set; }

    public string? Code { get; set; }

    public string? Note { get; set; }

    public int Position { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<Language>
    {
        public void Configure(EntityTypeBuilder<Language> builder)
        {
            builder.ToTable("help_languages");
            builder.HasKey(l => l.Id);
            builder.Property(l => l.Id).HasMaxLength(OfferLimits.Id);
            builder.Property(l => l.ServiceId).HasMaxLength(OfferLimits.Id);
            builder.Property(l => l.Name).HasMaxLength(OfferLimits.Short);
            builder.Property(l => l.Code).HasMaxLength(16);
            builder.Property(l => l.Note).HasMaxLength(OfferLimits.Text);
        }
    }
}

/// <summary>An HSDS cost option of a service.</summary>
internal sealed class CostOption
{
    public string Id { get; set; } = "";

    public string ServiceId { get; set; } = "";

    public string? Option { get; set; }

    public string? Currency { get; set; }

    public decimal? Amount { get; set; }

    public string? AmountDescription { get; set; }

    public int Position { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<CostOption>
    {
        public void Configure(EntityTypeBuilder<CostOption> builder)
        {
            builder.ToTable("help_cost_options");
            builder.HasKey(c => c.Id);
            builder.Property(c => c.Id).HasMaxLength(OfferLimits.Id);
            builder.Property(c => c.ServiceId).HasMaxLength(OfferLimits.Id);
            builder.Property(c => c.Option).HasMaxLength(OfferLimits.Name);
            builder.Property(c => c.Currency).HasMaxLength(3);
            builder.Property(c => c.Amount).HasPrecision(12, 2);
            builder.Property(c => c.AmountDescription).HasMaxLength(OfferLimits.Text);
        }
    }
}

/// <summary>An HSDS service area: a municipality ("AGS …" in the description), a district, or "bundesweit".</summary>
internal sealed class ServiceArea
{
    public string Id { get; set; } = "";

    public string ServiceId { get; set; } = "";

    public string? Name { get; set; }

    public string? Description { get; set; }

    public int Position { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<ServiceArea>
    {
        public void Configure(EntityTypeBuilder<ServiceArea> builder)
        {
            builder.ToTable("help_service_areas");
            builder.HasKey(a => a.Id);
            builder.Property(a => a.Id).HasMaxLength(OfferLimits.Id);
            builder.Property(a => a.ServiceId).HasMaxLength(OfferLimits.Id);
            builder.Property(a => a.Name).HasMaxLength(OfferLimits.Name);
            builder.Property(a => a.Description).HasMaxLength(OfferLimits.Text);
        }
    }
}

/// <summary>An HSDS attribute of a service: links it to a taxonomy term (a category, <c>link_type = category</c>).</summary>
internal sealed class ServiceAttribute
{
    public string Id { get; set; } = "";

    /// <summary>The service the attribute belongs to (HSDS link_id with link_entity "service").</summary>
    public string ServiceId { get; set; } = "";

    public string TaxonomyTermId { get; set; } = "";

    public string? LinkType { get; set; }

    public string? LinkEntity { get; set; }

    public string? Value { get; set; }

    public int Position { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<ServiceAttribute>
    {
        public void Configure(EntityTypeBuilder<ServiceAttribute> builder)
        {
            builder.ToTable("help_attributes");
            builder.HasKey(a => a.Id);
            builder.Property(a => a.Id).HasMaxLength(OfferLimits.Id);
            builder.Property(a => a.ServiceId).HasMaxLength(OfferLimits.Id);
            builder.Property(a => a.TaxonomyTermId).HasMaxLength(OfferLimits.Id);
            builder.Property(a => a.LinkType).HasMaxLength(OfferLimits.Short);
            builder.Property(a => a.LinkEntity).HasMaxLength(OfferLimits.Short);
            builder.Property(a => a.Value).HasMaxLength(OfferLimits.Text);
            builder.HasOne<TaxonomyTerm>().WithMany().HasForeignKey(a => a.TaxonomyTermId).OnDelete(DeleteBehavior.Restrict);
            builder.HasIndex(a => a.TaxonomyTermId);
        }
    }
}

/// <summary>German profile: one municipality (AGS) a service covers; derived, never imported or exported.</summary>
internal sealed class ServiceMunicipality
{
    public string ServiceId { get; set; } = "";

    public string Ags { get; set; } = "";

    internal sealed class Configuration : IEntityTypeConfiguration<ServiceMunicipality>
    {
        public void Configure(EntityTypeBuilder<ServiceMunicipality> builder)
        {
            builder.ToTable("help_service_municipalities");
            builder.HasKey(m => new { m.ServiceId, m.Ags });
            builder.Property(m => m.ServiceId).HasMaxLength(OfferLimits.Id);
            builder.Property(m => m.Ags).HasMaxLength(OfferLimits.Ags);
            builder.HasIndex(m => m.Ags);
        }
    }
}
