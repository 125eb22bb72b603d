using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Help.Gaps;

/// <summary>
/// Adds counted searches per (masked text, day) with one upsert statement per text that SQLite and PostgreSQL both run
/// atomically, so nodes flushing at the same time never lose a count nor collide on the key. One transaction per flush.
/// </summary>
internal sealed class SearchStatistics(HelpDb db)
{
    public async Task AddAsync(IReadOnlyCollection<SearchTally.Entry> entries, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var e in entries)
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO help_search_gaps ("Query", "Day", "Searches", "ZeroResultSearches", "FewResultSearches")
                VALUES ({e.Query}, {e.Day}, {e.Searches}, {e.ZeroResultSearches}, {e.FewResultSearches})
                ON CONFLICT ("Query", "Day") DO UPDATE SET
                    "Searches" = help_search_gaps."Searches" + excluded."Searches",
                    "ZeroResultSearches" = help_search_gaps."ZeroResultSearches" + excluded."ZeroResultSearches",
                    "FewResultSearches" = help_search_gaps."FewResultSearches" + excluded."FewResultSearches"
                """,
                ct);
        }

        await transaction.CommitAsync(ct);
    }
}
