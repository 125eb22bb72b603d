using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRegion.Help.Gaps;

/// <summary>
/// How often one search text was searched on one day and how often it found nothing or little. Anonymous by
/// construction: no person, no address, no session, no time of day — only the masked text and the day.
/// </summary>
internal sealed class SearchGap
{
    /// <summary>Searches with fewer results than this count as "few".</summary>
    public const int FewResults = 3;

    public string Query { get; set; } = "";

    public DateOnly Day { get; set; }

    public int Searches { get; set; }

    public int ZeroResultSearches { get; set; }

    public int FewResultSearches { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<SearchGap>
    {
        public void Configure(EntityTypeBuilder<SearchGap> builder)
        {
            builder.ToTable("help_search_gaps");
            builder.HasKey(g => new { g.Query, g.Day });
            builder.Property(g => g.Query).HasMaxLength(SearchQueryText.MaxLength);
            builder.HasIndex(g => g.Day);
        }
    }
}
