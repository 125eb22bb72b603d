using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Search;

namespace SmartRegion.Help.Gaps;

/// <summary>
/// Counts searches per (masked text, day) with one upsert statement that SQLite and PostgreSQL both run atomically,
/// so concurrent searches for the same text never lose a count nor collide on the key.
/// </summary>
internal sealed class SearchStatistics(HelpDb db, TimeProvider time) : ISearchStatistics
{
    public async Task RecordAsync(string normalizedQuery, int total, CancellationToken ct)
    {
        var query = SearchQueryText.Normalize(normalizedQuery);
        if (query.Length == 0)
        {
            return;
        }

        var day = DateOnly.FromDateTime(Ui.Components.BerlinTime.ToBerlin(time.GetUtcNow()).DateTime);
        var zero = total <= 0 ? 1 : 0;
        var few = total is > 0 and < SearchGap.FewResults ? 1 : 0;
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO help_search_gaps ("Query", "Day", "Searches", "ZeroResultSearches", "FewResultSearches")
            VALUES ({query}, {day}, 1, {zero}, {few})
            ON CONFLICT ("Query", "Day") DO UPDATE SET
                "Searches" = help_search_gaps."Searches" + 1,
                "ZeroResultSearches" = help_search_gaps."ZeroResultSearches" + excluded."ZeroResultSearches",
                "FewResultSearches" = help_search_gaps."FewResultSearches" + excluded."FewResultSearches"
            """,
            ct);
    }
}
