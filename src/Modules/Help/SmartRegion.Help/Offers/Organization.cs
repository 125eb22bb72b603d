using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRegion.Help.Offers;

/// <summary>An HSDS organization: the provider of services (Träger, Verein, Beratungsstelle).</summary>
internal sealed class Organization
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? AlternateName { get; set; }

    public string Description { get; set; } = "";

    public string? Email { get; set; }

    public string? Website { get; set; }

    public string? LegalStatus { get; set; }

    public int? YearIncorporated { get; set; }

    /// <summary>German profile: the Hub organisation whose members may edit this provider's entries (not in HSDS).</summary>
    public Guid? HubOrganisationId { get; set; }

    /// <summary>German profile: when the record last changed here (HSDS has no organization.last_modified).</summary>
    public DateTimeOffset LastModified { get; set; }

    public List<Phone> Phones { get; set; } = [];

    internal sealed class Configuration : IEntityTypeConfiguration<Organization>
    {
        public void Configure(EntityTypeBuilder<Organization> builder)
        {
            builder.ToTable("help_organizations");
            builder.HasKey(o => o.Id);
            builder.Property(o => o.Id).HasMaxLength(OfferLimits.Id);
            builder.Property(o => o.Name).HasMaxLength(OfferLimits.Name);
            builder.Property(o => o.AlternateName).HasMaxLength(OfferLimits.Name);
            builder.Property(o => o.Description).HasMaxLength(OfferLimits.Text);
            builder.Property(o => o.Email).HasMaxLength(OfferLimits.Email);
            builder.Property(o => o.Website).HasMaxLength(OfferLimits.Url);
            builder.Property(o => o.LegalStatus).HasMaxLength(OfferLimits.Name);
            builder.HasMany(o => o.Phones).WithOne().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            builder.HasIndex(o => o.HubOrganisationId);
            builder.HasIndex(o => o.Name);
        }
    }
}

/// <summary>An HSDS phone of an organization or a service.</summary>
internal sealed class Phone
{
    public string Id { get; set; } = "";

    public string? OrganizationId { get; set; }

    public string? ServiceId { get; set; }

    public string Number { get; set; } = "";

    public string? Type { get; set; }

    public string? Description { get; set; }

    /// <summary>Order within its owner, as in the imported file.</summary>
    public int Position { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<Phone>
    {
        public void Configure(EntityTypeBuilder<Phone> builder)
        {
            builder.ToTable("help_phones");
            builder.HasKey(p => p.Id);
            builder.Property(p => p.Id).HasMaxLength(OfferLimits.Id);
            builder.Property(p => p.OrganizationId).HasMaxLength(OfferLimits.Id);
            builder.Property(p => p.ServiceId).HasMaxLength(OfferLimits.Id);
            builder.Property(p => p.Number).HasMaxLength(OfferLimits.Short);
            builder.Property(p => p.Type).HasMaxLength(OfferLimits.Short);
            builder.Property(p => p.Description).HasMaxLength(OfferLimits.Text);
        }
    }
}
