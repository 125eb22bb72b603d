using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRegion.Help.Offers;

namespace SmartRegion.Help.Revisions;

/// <summary>
/// A change of an offer (or a new offer) proposed by a member of the provider's Hub organisation. It carries the whole
/// proposed offer as an HSDS 3.0 file with one service and its locations; approving it imports that file through the
/// same validated path as every HSDS import, so the live data and the <c>OfferChanged</c> event stay consistent.
/// </summary>
internal sealed class OfferRevision
{
    public const int MaxReason = 2000;

    private OfferRevision()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The HSDS id of the service; a fresh one for a new offer.</summary>
    public string ServiceId { get; private set; } = "";

    /// <summary>The offer's name as proposed, for lists.</summary>
    public string ServiceName { get; private set; } = "";

    /// <summary>The HSDS organization the offer belongs to.</summary>
    public string OrganizationId { get; private set; } = "";

    /// <summary>The Hub organisation whose member proposed it.</summary>
    public Guid HubOrganisationId { get; private set; }

    public bool IsNewOffer { get; private set; }

    /// <summary>The proposed offer: an HSDS file (JSON) with one service, its locations and service-at-locations.</summary>
    public string Snapshot { get; private set; } = "";

    /// <summary>The author; null once the author deleted their account (the revision stays, anonymous).</summary>
    public Guid? AuthorId { get; private set; }

    public string? AuthorName { get; private set; }

    /// <summary>What the author says about the change.</summary>
    public string? AuthorComment { get; private set; }

    public RevisionStatus Status { get; private set; }

    public Guid? ReviewerId { get; private set; }

    public string? ReviewerName { get; private set; }

    public string? ReviewReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>The municipalities (AGS, space-separated) whose staff may review it: the offer's coverage before and after.</summary>
    public string ReviewAgs { get; private set; } = "";

    /// <summary>District-wide or nationwide: the district has no staff of its own in the Hub, so region admins review it.</summary>
    public bool ReviewedByRegion { get; private set; }

    public IReadOnlyList<string> ReviewMunicipalities => ReviewAgs.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static OfferRevision Propose(
        string serviceId, string serviceName, string organizationId, Guid hubOrganisationId, bool isNew, string snapshot,
        Guid authorId, string? authorName, string? comment, IEnumerable<string> reviewAgs, bool reviewedByRegion, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ServiceId = serviceId,
        ServiceName = serviceName,
        OrganizationId = organizationId,
        HubOrganisationId = hubOrganisationId,
        IsNewOffer = isNew,
        Snapshot = snapshot,
        AuthorId = authorId,
        AuthorName = authorName,
        AuthorComment = comment,
        Status = RevisionStatus.Pending,
        CreatedAt = now,
        ReviewAgs = string.Join(' ', reviewAgs.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
        ReviewedByRegion = reviewedByRegion,
    };

    public void Approve(Guid reviewerId, string? reviewerName, string? reason, DateTimeOffset now) =>
        Review(RevisionStatus.Approved, reviewerId, reviewerName, reason, now);

    public void Reject(Guid reviewerId, string? reviewerName, string reason, DateTimeOffset now) =>
        Review(RevisionStatus.Rejected, reviewerId, reviewerName, reason, now);

    public void Supersede(DateTimeOffset now)
    {
        Status = RevisionStatus.Superseded;
        ReviewedAt = now;
    }

    /// <summary>The author deleted their account: the revision stays, without the link to the person.</summary>
    public void ForgetAuthor()
    {
        AuthorId = null;
        AuthorName = null;
    }

    /// <summary>The reviewer deleted their account.</summary>
    public void ForgetReviewer()
    {
        ReviewerId = null;
        ReviewerName = null;
    }

    private void Review(RevisionStatus status, Guid reviewerId, string? reviewerName, string? reason, DateTimeOffset now)
    {
        if (Status != RevisionStatus.Pending)
        {
            throw new InvalidOperationException("Only a pending revision is reviewed.");
        }

        Status = status;
        ReviewerId = reviewerId;
        ReviewerName = reviewerName;
        ReviewReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        ReviewedAt = now;
    }

    internal sealed class Configuration : IEntityTypeConfiguration<OfferRevision>
    {
        public void Configure(EntityTypeBuilder<OfferRevision> builder)
        {
            builder.ToTable("help_offer_revisions");
            builder.HasKey(r => r.Id);
            builder.Property(r => r.ServiceId).HasMaxLength(OfferLimits.Id);
            builder.Property(r => r.ServiceName).HasMaxLength(OfferLimits.Name);
            builder.Property(r => r.OrganizationId).HasMaxLength(OfferLimits.Id);
            builder.Property(r => r.AuthorName).HasMaxLength(100);
            builder.Property(r => r.AuthorComment).HasMaxLength(MaxReason);
            builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            builder.Property(r => r.ReviewerName).HasMaxLength(100);
            builder.Property(r => r.ReviewReason).HasMaxLength(MaxReason);
            builder.Property(r => r.ReviewAgs).HasMaxLength(1000);
            builder.Ignore(r => r.ReviewMunicipalities);
            builder.HasIndex(r => new { r.ServiceId, r.CreatedAt });
            builder.HasIndex(r => new { r.Status, r.CreatedAt });
            builder.HasIndex(r => r.AuthorId);
            builder.HasIndex(r => r.ReviewerId);
            builder.HasIndex(r => r.HubOrganisationId);
        }
    }
}
