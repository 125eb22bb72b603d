using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRegion.Kernel.Security;

namespace SmartRegion.Hub.Organisations;

/// <summary>
/// An invitation by e-mail into an organisation: a one-time code, valid 14 days. Only the code's hash is stored, so
/// the table alone lets nobody join.
/// </summary>
internal sealed class OrganisationInvitation
{
    public const int MaxEmail = 254;
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(14);

    private OrganisationInvitation()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Email { get; private set; } = "";

    public string CodeHash { get; private set; } = "";

    public Guid InvitedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public Guid? AcceptedBy { get; private set; }

    /// <summary>Creates the invitation and returns the code for the link; the code is not kept.</summary>
    public static (OrganisationInvitation Invitation, string Code) Create(Guid organisationId, string email, Guid invitedBy, DateTimeOffset now)
    {
        var code = SecretKey.New();
        return (new OrganisationInvitation
        {
            Id = Guid.CreateVersion7(now),
            OrganisationId = organisationId,
            Email = email,
            CodeHash = Hash(code),
            InvitedBy = invitedBy,
            CreatedAt = now,
            ExpiresAt = now + ValidFor,
        }, code);
    }

    public static string Hash(string code) => SecretKey.HashHex(code);

    public bool IsOpen(DateTimeOffset now) => AcceptedAt is null && now < ExpiresAt;

    public void Accept(Guid personId, DateTimeOffset now)
    {
        AcceptedAt = now;
        AcceptedBy = personId;
    }

    internal sealed class Configuration : IEntityTypeConfiguration<OrganisationInvitation>
    {
        public void Configure(EntityTypeBuilder<OrganisationInvitation> builder)
        {
            builder.ToTable("hub_organisation_invitations");
            builder.HasKey(i => i.Id);
            builder.Property(i => i.Email).HasMaxLength(MaxEmail);
            builder.Property(i => i.CodeHash).HasMaxLength(64);
            builder.HasIndex(i => i.CodeHash).IsUnique();
            builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        }
    }
}
