using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRegion.Hub.Accounts;

namespace SmartRegion.Hub.Roles;

/// <summary>A role a person holds; staff, moderators and municipality admins always for one municipality.</summary>
internal sealed class RoleAssignment
{
    private RoleAssignment()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public HubRole Role { get; private set; }

    /// <summary>The municipality the role applies to; null only for region admins.</summary>
    public string? MunicipalityAgs { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    public Guid? GrantedBy { get; private set; }

    public static RoleAssignment Grant(Guid personId, HubRole role, string? municipalityAgs, Guid? grantedBy, DateTimeOffset now)
    {
        var scoped = role != HubRole.RegionAdmin;
        if (scoped && !Contracts.Municipalities.Ags.IsWellFormed(municipalityAgs))
        {
            throw new ArgumentException($"{role} is always granted for one municipality.", nameof(municipalityAgs));
        }

        return new RoleAssignment
        {
            Id = Guid.CreateVersion7(now),
            PersonId = personId,
            Role = role,
            MunicipalityAgs = scoped ? municipalityAgs : null,
            GrantedAt = now,
            GrantedBy = grantedBy,
        };
    }

    internal sealed class Configuration : IEntityTypeConfiguration<RoleAssignment>
    {
        public void Configure(EntityTypeBuilder<RoleAssignment> builder)
        {
            builder.ToTable("hub_role_assignments");
            builder.HasKey(r => r.Id);
            builder.Property(r => r.Role).HasConversion<string>().HasMaxLength(30);
            builder.Property(r => r.MunicipalityAgs).HasMaxLength(8);
            builder.HasIndex(r => new { r.PersonId, r.Role, r.MunicipalityAgs }).IsUnique();
            builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        }
    }
}
