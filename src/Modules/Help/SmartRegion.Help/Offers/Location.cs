using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRegion.Help.Offers;

/// <summary>An HSDS location: a physical place with an address, or a virtual one (phone, online).</summary>
internal sealed class Location
{
    public string Id { get; set; } = "";

    /// <summary><c>physical</c>, <c>postal</c> or <c>virtual</c>.</summary>
    public string LocationType { get; set; } = "physical";

    public string? OrganizationId { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Transportation { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? Url { get; set; }

    /// <summary>German profile: when the record last changed here.</summary>
    public DateTimeOffset LastModified { get; set; }

    public List<Address> Addresses { get; set; } = [];

    public List<Accessibility> Accessibility { get; set; } = [];

    internal sealed class Configuration : IEntityTypeConfiguration<Location>
    {
        public void Configure(EntityTypeBuilder<Location> builder)
        {
            builder.ToTable("help_locations");
            builder.HasKey(l => l.Id);
            builder.Property(l => l.Id).HasMaxLength(OfferLimits.Id);
            builder.Property(l => l.LocationType).HasMaxLength(OfferLimits.Short);
            builder.Property(l => l.OrganizationId).HasMaxLength(OfferLimits.Id);
            builder.Property(l => l.Name).HasMaxLength(OfferLimits.Name);
            builder.Property(l => l.Description).HasMaxLength(OfferLimits.Text);
            builder.Property(l => l.Transportation).HasMaxLength(OfferLimits.Text);
            builder.Property(l => l.Url).HasMaxLength(OfferLimits.Url);
            builder.HasOne<Organization>().WithMany().HasForeignKey(l => l.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            builder.HasMany(l => l.Addresses).WithOne().HasForeignKey(a => a.LocationId).OnDelete(DeleteBehavior.Cascade);
            builder.HasMany(l => l.Accessibility).WithOne().HasForeignKey(a => a.LocationId).OnDelete(DeleteBehavior.Cascade);
        }
    }
}

/// <summary>An HSDS address of a location; <c>city</c> is the municipality's official name (joins to its AGS).</summary>
internal sealed class Address
{
    public string Id { get; set; } = "";

    public string LocationId { get; set; } = "";

    public string Address1 { get; set; } = "";

    public string? Address2 { get; set; }

    public string City { get; set; } = "";

    public string? Region { get; set; }

    public string StateProvince { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string Country { get; set; } = "";

    public string AddressType { get; set; } = "";

    public int Position { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<Address>
    {
        public void Configure(EntityTypeBuilder<Address> builder)
        {
            builder.ToTable("help_addresses");
            builder.HasKey(a => a.Id);
            builder.Property(a => a.Id).HasMaxLength(OfferLimits.Id);
            builder.Property(a => a.LocationId).HasMaxLength(OfferLimits.Id);
            builder.Property(a => a.Address1).HasMaxLength(OfferLimits.Name);
            builder.Property(a => a.Address2).HasMaxLength(OfferLimits.Name);
            builder.Property(a => a.City).HasMaxLength(OfferLimits.Name);
            builder.Property(a => a.Region).HasMaxLength(OfferLimits.Name);
            builder.Property(a => a.StateProvince).HasMaxLength(OfferLimits.Short);
            builder.Property(a => a.PostalCode).HasMaxLength(16);
            builder.Property(a => a.Country).HasMaxLength(2);
            builder.Property(a => a.AddressType).HasMaxLength(OfferLimits.Short);
            builder.HasIndex(a => a.PostalCode);
        }
    }
}

/// <summary>An HSDS accessibility entry of a location (fixed German vocabulary in <c>description</c>).</summary>
internal sealed class Accessibility
{
    public string Id { get; set; } = "";

    public string LocationId { get; set; } = "";

    public string? Description { get; set; }

    public string? Details { get; set; }

    public string? Url { get; set; }

    public int Position { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<Accessibility>
    {
        public void Configure(EntityTypeBuilder<Accessibility> builder)
        {
            builder.ToTable("help_accessibility");
            builder.HasKey(a => a.Id);
            builder.Property(a => a.Id).HasMaxLength(OfferLimits.Id);
            builder.Property(a => a.LocationId).HasMaxLength(OfferLimits.Id);
            builder.Property(a => a.Description).HasMaxLength(OfferLimits.Name);
            builder.Property(a => a.Details).HasMaxLength(OfferLimits.Text);
            builder.Property(a => a.Url).HasMaxLength(OfferLimits.Url);
        }
    }
}
