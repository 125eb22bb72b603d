using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRegion.Help.Offers;

namespace SmartRegion.Help.Freshness;

/// <summary>When the owners of an offer were last reminded to confirm it (at most once per 30 days).</summary>
internal sealed class OfferReminder
{
    public string ServiceId { get; set; } = "";

    public DateTimeOffset LastSentAt { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<OfferReminder>
    {
        public void Configure(EntityTypeBuilder<OfferReminder> builder)
        {
            builder.ToTable("help_offer_reminders");
            builder.HasKey(r => r.ServiceId);
            builder.Property(r => r.ServiceId).HasMaxLength(OfferLimits.Id);
            builder.HasOne<Service>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Cascade);
        }
    }
}
