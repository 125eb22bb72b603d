using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRegion.Help.Offers;

/// <summary>
/// An HSDS taxonomy. Files that only name the taxonomy on their terms (<c>taxonomy_term.taxonomy</c>) get one derived
/// taxonomy per name, with a stable id computed from the name (<see cref="IsDerived"/>; not exported as a record).
/// </summary>
internal sealed class Taxonomy
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string? Uri { get; set; }

    public string? Version { get; set; }

    /// <summary>German profile: made from a term's taxonomy name, not delivered as an HSDS taxonomy record.</summary>
    public bool IsDerived { get; set; }

    /// <summary>A stable name-based UUID (version-8 layout, SHA-256 of the name) for a taxonomy known only by its name.</summary>
    public static string IdForName(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("hsds-taxonomy:" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    internal sealed class Configuration : IEntityTypeConfiguration<Taxonomy>
    {
        public void Configure(EntityTypeBuilder<Taxonomy> builder)
        {
            builder.ToTable("help_taxonomies");
            builder.HasKey(t => t.Id);
            builder.Property(t => t.Id).HasMaxLength(OfferLimits.Id);
            builder.Property(t => t.Name).HasMaxLength(OfferLimits.Name);
            builder.Property(t => t.Description).HasMaxLength(OfferLimits.Text);
            builder.Property(t => t.Uri).HasMaxLength(OfferLimits.Url);
            builder.Property(t => t.Version).HasMaxLength(OfferLimits.Short);
        }
    }
}

/// <summary>An HSDS taxonomy term: a category of the help directory (two levels, <c>code</c> "top" or "top.sub").</summary>
internal sealed class TaxonomyTerm
{
    public string Id { get; set; } = "";

    public string? Code { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string? ParentId { get; set; }

    /// <summary>HSDS <c>taxonomy</c>: the taxonomy's name as delivered.</summary>
    public string? Taxonomy { get; set; }

    /// <summary>HSDS <c>taxonomy_id</c> as delivered (null when the file only named the taxonomy).</summary>
    public string? TaxonomyId { get; set; }

    /// <summary>German profile: the taxonomy the term belongs to, delivered or derived from <see cref="Taxonomy"/>.</summary>
    public string? EffectiveTaxonomyId { get; set; }

    public string? Language { get; set; }

    public DateTimeOffset LastModified { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<TaxonomyTerm>
    {
        public void Configure(EntityTypeBuilder<TaxonomyTerm> builder)
        {
            builder.ToTable("help_taxonomy_terms");
            builder.HasKey(t => t.Id);
            builder.Property(t => t.Id).HasMaxLength(OfferLimits.Id);
            builder.Property(t => t.Code).HasMaxLength(OfferLimits.Name);
            builder.Property(t => t.Name).HasMaxLength(OfferLimits.Name);
            builder.Property(t => t.Description).HasMaxLength(OfferLimits.Text);
            builder.Property(t => t.ParentId).HasMaxLength(OfferLimits.Id);
            builder.Property(t => t.Taxonomy).HasMaxLength(OfferLimits.Name);
            builder.Property(t => t.TaxonomyId).HasMaxLength(OfferLimits.Id);
            builder.Property(t => t.EffectiveTaxonomyId).HasMaxLength(OfferLimits.Id);
            builder.Property(t => t.Language).HasMaxLength(16);
            builder.HasOne<TaxonomyTerm>().WithMany().HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
            builder.HasOne<Taxonomy>().WithMany().HasForeignKey(t => t.EffectiveTaxonomyId).OnDelete(DeleteBehavior.Restrict);
            builder.HasIndex(t => t.ParentId);
            builder.HasIndex(t => t.Code);
        }
    }
}
