using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRegion.Hub.Organisations;

/// <summary>A provider of help offers, a club or an office; people belong to it as owner or member.</summary>
internal sealed class Organisation
{
    public const int MaxName = 150;

    private readonly List<OrganisationMember> _members = [];

    private Organisation()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public OrganisationKind Kind { get; private set; }

    /// <summary>The municipality it belongs to, if it belongs to one (an office always does in practice).</summary>
    public string? MunicipalityAgs { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<OrganisationMember> Members => _members;

    public Guid OwnerId => _members.Single(m => m.Role == OrganisationRole.Owner).PersonId;

    public static Organisation Create(string name, OrganisationKind kind, string? municipalityAgs, Guid ownerId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var organisation = new Organisation
        {
            Id = Guid.CreateVersion7(now),
            Name = name.Trim(),
            Kind = kind,
            MunicipalityAgs = municipalityAgs,
            CreatedAt = now,
        };
        organisation._members.Add(new OrganisationMember(organisation.Id, ownerId, OrganisationRole.Owner, now));
        return organisation;
    }

    public bool IsMember(Guid personId) => _members.Any(m => m.PersonId == personId);

    /// <summary>Adds a member; false when the person belongs already.</summary>
    public bool Join(Guid personId, DateTimeOffset now)
    {
        if (IsMember(personId))
        {
            return false;
        }

        _members.Add(new OrganisationMember(Id, personId, OrganisationRole.Member, now));
        return true;
    }

    /// <summary>Removes a member; the owner stays until they hand ownership on.</summary>
    public bool Remove(Guid personId)
    {
        var member = _members.SingleOrDefault(m => m.PersonId == personId);
        if (member is null || member.Role == OrganisationRole.Owner)
        {
            return false;
        }

        _members.Remove(member);
        return true;
    }

    /// <summary>Makes a member the owner; the former owner stays as a member.</summary>
    /// <summary>
    /// The person leaves for good (account deleted). An owner hands the organisation to the member who joined
    /// earliest; returns false when nobody is left, so the organisation should be removed.
    /// </summary>
    public bool KeepWithout(Guid personId)
    {
        var others = _members.Where(m => m.PersonId != personId).OrderBy(m => m.JoinedAt).ToList();
        if (others.Count == 0)
        {
            return false;
        }

        if (OwnerId == personId)
        {
            TransferOwnership(others[0].PersonId);
        }

        return true;
    }

    public bool TransferOwnership(Guid newOwnerId)
    {
        var next = _members.SingleOrDefault(m => m.PersonId == newOwnerId);
        if (next is null || next.Role == OrganisationRole.Owner)
        {
            return false;
        }

        _members.Single(m => m.Role == OrganisationRole.Owner).ChangeRole(OrganisationRole.Member);
        next.ChangeRole(OrganisationRole.Owner);
        return true;
    }

    internal sealed class Configuration : IEntityTypeConfiguration<Organisation>
    {
        public void Configure(EntityTypeBuilder<Organisation> builder)
        {
            builder.ToTable("hub_organisations");
            builder.HasKey(o => o.Id);
            builder.Property(o => o.Name).HasMaxLength(MaxName);
            builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
            builder.Property(o => o.MunicipalityAgs).HasMaxLength(8);
            builder.HasMany(o => o.Members).WithOne().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            builder.Navigation(o => o.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }
}
