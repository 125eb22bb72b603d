using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRegion.Help.Offers;

namespace SmartRegion.Help.Feedback;

/// <summary>
/// „Angaben veraltet? Melden“: a visitor says what is wrong with an offer; staff and the provider check it in the review
/// queue. Only what is needed: the reasons, an optional text, and an e-mail address only when the person wants an answer.
/// </summary>
internal sealed class OfferFeedback
{
    public const int MaxComment = 1000;
    public const int MaxEmail = 254;

    private OfferFeedback()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The HSDS id of the service the feedback is about.</summary>
    public string ServiceId { get; private set; } = "";

    /// <summary>What is wrong, as reason codes (<see cref="FeedbackReasons"/>), comma-separated.</summary>
    public string Reasons { get; private set; } = "";

    public string? Comment { get; private set; }

    /// <summary>Only when the person wants an answer; never required.</summary>
    public string? ContactEmail { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>When staff or the provider dealt with it; null while it waits in the review queue.</summary>
    public DateTimeOffset? HandledAt { get; private set; }

    public IReadOnlyList<string> ReasonCodes => Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static OfferFeedback Create(string serviceId, IEnumerable<string> reasons, string? comment, string? contactEmail, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ServiceId = serviceId,
        Reasons = string.Join(',', reasons),
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        ContactEmail = string.IsNullOrWhiteSpace(contactEmail) ? null : contactEmail.Trim(),
        ReceivedAt = now,
    };

    /// <summary>Marks the feedback as dealt with; the contact address is no longer needed and is dropped.</summary>
    public void MarkHandled(DateTimeOffset now)
    {
        HandledAt ??= now;
        ContactEmail = null;
    }

    internal sealed class Configuration : IEntityTypeConfiguration<OfferFeedback>
    {
        public void Configure(EntityTypeBuilder<OfferFeedback> builder)
        {
            builder.ToTable("help_offer_feedback");
            builder.HasKey(f => f.Id);
            builder.Property(f => f.ServiceId).HasMaxLength(OfferLimits.Id);
            builder.Property(f => f.Reasons).HasMaxLength(OfferLimits.Short);
            builder.Property(f => f.Comment).HasMaxLength(MaxComment);
            builder.Property(f => f.ContactEmail).HasMaxLength(MaxEmail);
            builder.Ignore(f => f.ReasonCodes);
            builder.HasOne<Service>().WithMany().HasForeignKey(f => f.ServiceId).OnDelete(DeleteBehavior.Cascade);
            builder.HasIndex(f => new { f.ServiceId, f.ReceivedAt });
            builder.HasIndex(f => f.HandledAt);
        }
    }
}
