using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRegion.Hub.Accounts;

/// <summary>A person with an account. Other modules know only the id (<c>PersonId</c>), never this row.</summary>
internal sealed class Person : IdentityUser<Guid>
{
    public const int MaxDisplayName = 100;

    public string DisplayName { get; set; } = "";

    /// <summary>AGS of the municipality the person lives in, if they want to say.</summary>
    public string? HomeMunicipalityAgs { get; set; }

    /// <summary><c>de</c> or <c>en</c>.</summary>
    public string PreferredLanguage { get; set; } = "de";

    /// <summary>Whether the person wants news by e-mail besides the inbox.</summary>
    public bool NotifyByEmail { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<Person>
    {
        public void Configure(EntityTypeBuilder<Person> builder)
        {
            builder.Property(p => p.DisplayName).HasMaxLength(MaxDisplayName);
            builder.Property(p => p.HomeMunicipalityAgs).HasMaxLength(8);
            builder.Property(p => p.PreferredLanguage).HasMaxLength(5);
        }
    }
}
