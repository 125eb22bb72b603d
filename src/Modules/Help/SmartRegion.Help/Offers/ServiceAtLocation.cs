using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRegion.Help.Offers;

/// <summary>An HSDS service_at_location: a service offered at a location, with that place's opening hours.</summary>
internal sealed class ServiceAtLocation
{
    public string Id { get; set; } = "";

    public string ServiceId { get; set; } = "";

    public string LocationId { get; set; } = "";

    public string? Description { get; set; }

    public List<Schedule> Schedules { get; set; } = [];

    internal sealed class Configuration : IEntityTypeConfiguration<ServiceAtLocation>
    {
        public void Configure(EntityTypeBuilder<ServiceAtLocation> builder)
        {
            builder.ToTable("help_service_at_locations");
            builder.HasKey(s => s.Id);
            builder.Property(s => s.Id).HasMaxLength(OfferLimits.Id);
            builder.Property(s => s.ServiceId).HasMaxLength(OfferLimits.Id);
            builder.Property(s => s.LocationId).HasMaxLength(OfferLimits.Id);
            builder.Property(s => s.Description).HasMaxLength(OfferLimits.Text);
            builder.HasOne<Service>().WithMany().HasForeignKey(s => s.ServiceId).OnDelete(DeleteBehavior.Cascade);
            builder.HasOne<Location>().WithMany().HasForeignKey(s => s.LocationId).OnDelete(DeleteBehavior.Restrict);
            builder.HasMany(s => s.Schedules).WithOne().HasForeignKey(s => s.ServiceAtLocationId).OnDelete(DeleteBehavior.Cascade);
            builder.HasIndex(s => s.ServiceId);
            builder.HasIndex(s => s.LocationId);
        }
    }
}

/// <summary>
/// An HSDS schedule of a service at a location: RRULE-style <c>freq</c>/<c>byday</c>, local wall-clock
/// <c>opens_at</c>/<c>closes_at</c> (Europe/Berlin, <c>HH:MM</c>), or only a description ("nach Vereinbarung").
/// </summary>
internal sealed class Schedule
{
    public string Id { get; set; } = "";

    public string ServiceAtLocationId { get; set; } = "";

    public string? Freq { get; set; }

    public string? Byday { get; set; }

    public string? OpensAt { get; set; }

    public string? ClosesAt { get; set; }

    public string? Description { get; set; }

    public string? Notes { get; set; }

    public int Position { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<Schedule>
    {
        public void Configure(EntityTypeBuilder<Schedule> builder)
        {
            builder.ToTable("help_schedules");
            builder.HasKey(s => s.Id);
            builder.Property(s => s.Id).HasMaxLength(OfferLimits.Id);
            builder.Property(s => s.ServiceAtLocationId).HasMaxLength(OfferLimits.Id);
            builder.Property(s => s.Freq).HasMaxLength(16);
            builder.Property(s => s.Byday).HasMaxLength(OfferLimits.Short);
            builder.Property(s => s.OpensAt).HasMaxLength(8);
            builder.Property(s => s.ClosesAt).HasMaxLength(8);
            builder.Property(s => s.Description).HasMaxLength(OfferLimits.Text);
            builder.Property(s => s.Notes).HasMaxLength(OfferLimits.Text);
        }
    }
}
