using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRegion.Hub.Accounts;

namespace SmartRegion.Hub.Organisations;

/// <summary>A person's membership in an organisation.</summary>
internal sealed class OrganisationMember
{
    public OrganisationMember(Guid organisationId, Guid personId, OrganisationRole role, DateTimeOffset joinedAt)
    {
        OrganisationId = organisationId;
        PersonId = personId;
        Role = role;
        JoinedAt = joinedAt;
    }

    public Guid OrganisationId { get; private set; }

    public Guid PersonId { get; private set; }

    public OrganisationRole Role { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }

    public void ChangeRole(OrganisationRole role) => Role = role;

    internal sealed class Configuration : IEntityTypeConfiguration<OrganisationMember>
    {
        public void Configure(EntityTypeBuilder<OrganisationMember> builder)
        {
            builder.ToTable("hub_organisation_members");
            builder.HasKey(m => new { m.OrganisationId, m.PersonId });
            builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            builder.HasIndex(m => m.PersonId);
            builder.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        }
    }
}
