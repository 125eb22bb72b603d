using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Kernel.Outbox;

/// <summary>
/// Reads a module's outbox in one order that every node agrees on and that never lets a late commit slip behind a
/// cursor. SQLite has one writer at a time, so the rowid is that order (the newest row is never deleted, so a rowid is
/// never given twice). PostgreSQL commits concurrently: a row is read only once every transaction older than the oldest
/// one still running has ended (its snapshot's xmin), and rows are ordered by their writing transaction, then position.
/// </summary>
internal static class OutboxFeed
{
    public const string TransactionColumn = "TransactionId";
    public const string PositionColumn = "Position";

    internal sealed class Row
    {
        public long Tx { get; set; }

        public long Pos { get; set; }

        public Guid Id { get; set; }

        public string Type { get; set; } = "";

        public string Payload { get; set; } = "";

        public FeedPosition At => new(Tx, Pos);
    }

    /// <summary>The last event committed now; a node that reached it has seen everything written before.</summary>
    public static async Task<FeedPosition> HeadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var table = Table(db);
        var sql = db.Database.IsNpgsql()
            ? $$"""SELECT "{{TransactionColumn}}" AS "Tx", "{{PositionColumn}}" AS "Pos", "Id", "Type", '' AS "Payload" FROM "{{table}}" ORDER BY "{{TransactionColumn}}" DESC, "{{PositionColumn}}" DESC LIMIT 1"""
            : $$"""SELECT 0 AS "Tx", rowid AS "Pos", "Id", "Type", '' AS "Payload" FROM "{{table}}" ORDER BY rowid DESC LIMIT 1""";
        var rows = await db.Database.SqlQueryRaw<Row>(sql).ToListAsync(cancellationToken);
        return rows.Count == 0 ? FeedPosition.Start : rows[0].At;
    }

    /// <summary>Up to <paramref name="limit"/> events after <paramref name="after"/>, oldest first.</summary>
    public static Task<List<Row>> ReadAsync(DbContext db, FeedPosition after, int limit, CancellationToken cancellationToken)
    {
        var table = Table(db);
        if (db.Database.IsNpgsql())
        {
            // The table name comes from the model, the values are parameters.
            var postgres = $$"""
                 SELECT "{{TransactionColumn}}" AS "Tx", "{{PositionColumn}}" AS "Pos", "Id", "Type", "Payload" FROM "{{table}}"
                 WHERE ("{{TransactionColumn}}", "{{PositionColumn}}") > ({0}, {1})
                   AND "{{TransactionColumn}}" < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
                 ORDER BY "{{TransactionColumn}}", "{{PositionColumn}}" LIMIT {2}
                 """;
            return db.Database.SqlQueryRaw<Row>(postgres, after.Transaction, after.Position, limit).ToListAsync(cancellationToken);
        }

        var sqlite = $$"""SELECT 0 AS "Tx", rowid AS "Pos", "Id", "Type", "Payload" FROM "{{table}}" WHERE rowid > {0} ORDER BY rowid LIMIT {1}""";
        return db.Database.SqlQueryRaw<Row>(sqlite, after.Position, limit).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Whether events after <paramref name="after"/> are committed but held back because an older transaction (of any
    /// database on the server) still runs; the reader then looks again soon instead of after the poll interval.
    /// </summary>
    public static async Task<bool> HeldBackAsync(DbContext db, FeedPosition after, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return false;
        }

        var sql = $$"""SELECT 1 AS "Value" FROM "{{Table(db)}}" WHERE ("{{TransactionColumn}}", "{{PositionColumn}}") > ({0}, {1}) LIMIT 1""";
        return (await db.Database.SqlQueryRaw<int>(sql, after.Transaction, after.Position).ToListAsync(cancellationToken)).Count > 0;
    }

    /// <summary>
    /// Deletes events processed before <paramref name="processedBefore"/> that lie before <paramref name="before"/> (when
    /// given) and are not the newest row; returns how many went.
    /// </summary>
    public static Task<int> DeleteProcessedAsync(DbContext db, DateTimeOffset processedBefore, FeedPosition? before, CancellationToken cancellationToken)
    {
        var table = Table(db);
        if (db.Database.IsNpgsql())
        {
            var order = $$"""("{{TransactionColumn}}", "{{PositionColumn}}")""";
            var postgres = $$"""
                DELETE FROM "{{table}}" WHERE "ProcessedAt" IS NOT NULL AND "ProcessedAt" < {0}
                  AND {{order}} < (SELECT "{{TransactionColumn}}", "{{PositionColumn}}" FROM "{{table}}" ORDER BY 1 DESC, 2 DESC LIMIT 1)
                """ + (before is null ? "" : $" AND {order} < ({{1}}, {{2}})");
            return db.Database.ExecuteSqlRawAsync(postgres, [processedBefore.ToUniversalTime(), before?.Transaction ?? 0, before?.Position ?? 0], cancellationToken);
        }

        // SQLite keeps DateTimeOffset as UTC ticks (ModuleModel); the newest row stays so that no rowid is given twice.
        var sqlite = $$"""
            DELETE FROM "{{table}}" WHERE "ProcessedAt" IS NOT NULL AND "ProcessedAt" < {0}
              AND rowid < (SELECT MAX(rowid) FROM "{{table}}")
            """ + (before is null ? "" : " AND rowid < {1}");
        return db.Database.ExecuteSqlRawAsync(sqlite, [processedBefore.UtcTicks, before?.Position ?? 0], cancellationToken);
    }

    private static string Table(DbContext db) =>
        db.Model.FindEntityType(typeof(OutboxMessage))?.GetTableName()
        ?? throw new InvalidOperationException($"{db.GetType().Name} has no outbox.");
}
