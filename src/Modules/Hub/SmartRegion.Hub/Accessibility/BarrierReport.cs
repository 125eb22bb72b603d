using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRegion.Hub.Accessibility;

/// <summary>A person's report of an accessibility barrier on the platform (BITV 2.0 feedback mechanism).</summary>
internal sealed class BarrierReport
{
    public const int MaxDescription = 4000;
    public const int MaxPageUrl = 500;
    public const int MaxEmail = 254;

    private BarrierReport()
    {
    }

    public Guid Id { get; private set; }

    public string? PageUrl { get; private set; }

    public string Description { get; private set; } = "";

    /// <summary>Only when the person wants an answer; never required.</summary>
    public string? ContactEmail { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    public static BarrierReport Create(string? pageUrl, string description, string? contactEmail, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PageUrl = string.IsNullOrWhiteSpace(pageUrl) ? null : pageUrl.Trim(),
        Description = description.Trim(),
        ContactEmail = string.IsNullOrWhiteSpace(contactEmail) ? null : contactEmail.Trim(),
        ReportedAt = now,
    };

    internal sealed class Configuration : IEntityTypeConfiguration<BarrierReport>
    {
        public void Configure(EntityTypeBuilder<BarrierReport> builder)
        {
            builder.ToTable("hub_barrier_reports");
            builder.HasKey(r => r.Id);
            builder.Property(r => r.PageUrl).HasMaxLength(MaxPageUrl);
            builder.Property(r => r.Description).HasMaxLength(MaxDescription);
            builder.Property(r => r.ContactEmail).HasMaxLength(MaxEmail);
            builder.HasIndex(r => r.ReportedAt);
        }
    }
}
