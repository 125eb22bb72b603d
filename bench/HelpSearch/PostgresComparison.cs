using System.Diagnostics;
using System.Globalization;
using Npgsql;
using SmartRegion.Help.Search;

namespace SmartRegion.Bench.HelpSearch;

/// <summary>
/// The same queries against PostgreSQL full-text search (configuration <c>german</c>, GIN index, ranked by
/// <c>ts_rank</c>) and against the help search in process: recall@5 on the demo offers (the judged data) and speed on
/// the expanded data, one query at a time on one connection / one thread, side by side.
/// </summary>
internal static class PostgresComparison
{
    private sealed record Engine(string Name, Func<string, string, IReadOnlyList<string>> Seed, Func<string, string, IReadOnlyList<string>> Big);

    public static async Task<int> RunAsync(string connection, string bigFile, string queriesFile, double seconds)
    {
        var queries = Repository.Queries(queriesFile);
        await using var source = NpgsqlDataSource.Create(connection);
        await using var db = await source.OpenConnectionAsync();
        await LoadAsync(db, "help_bench_seed", SeedOfferSource.Load());
        await LoadAsync(db, "help_bench_big", SeedOfferSource.LoadFile(bigFile));

        using var seed = new Harness(SeedOfferSource.Load());
        using var big = new Harness(SeedOfferSource.LoadFile(bigFile));
        var engines = new[]
        {
            new Engine("help search (Lucene, in process, every search afresh)", (q, p) => seed.SearchFresh(q, p), (q, p) => big.SearchFresh(q, p)),
            new Engine("help search (Lucene, in process, kept answers)", (q, p) => seed.Search(q, p), (q, p) => big.Search(q, p)),
            new Engine("PostgreSQL websearch_to_tsquery (AND)", (q, _) => Pg(db, "help_bench_seed", q, and: true), (q, _) => Pg(db, "help_bench_big", q, and: true)),
            new Engine("PostgreSQL plainto_tsquery as OR", (q, _) => Pg(db, "help_bench_seed", q, and: false), (q, _) => Pg(db, "help_bench_big", q, and: false)),
        };

        Console.WriteLine($"| engine | recall@5 (dev, 259 offers) | queries/s ({big.Offers.Count} offers, 1 thread) | p50 ms | p99 ms |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var engine in engines)
        {
            var recall = queries.Average(j => Metrics.RecallAt5(engine.Seed(j.Query, j.Place), j.Relevant));
            var (rate, p50, p99) = Speed(queries, engine.Big, seconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {engine.Name} | {recall:F3} | {rate:F0} | {p50:F2} | {p99:F2} |"));
        }

        return 0;
    }

    private static (double Rate, double P50, double P99) Speed(IReadOnlyList<Repository.Judged> queries, Func<string, string, IReadOnlyList<string>> search, double seconds)
    {
        foreach (var q in queries)
        {
            search(q.Query, q.Place);
        }

        var times = new List<double>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; watch.Elapsed.TotalSeconds < seconds; i++)
        {
            var q = queries[i % queries.Count];
            var started = Stopwatch.GetTimestamp();
            search(q.Query, q.Place);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        return (times.Count / watch.Elapsed.TotalSeconds, times[times.Count / 2], times[(int)(times.Count * 0.99)]);
    }

    private static IReadOnlyList<string> Pg(NpgsqlConnection db, string table, string text, bool and)
    {
        var query = and ? "websearch_to_tsquery('german', $1)" : "CAST(coalesce(nullif(replace(CAST(plainto_tsquery('german', $1) AS text), '&', '|'), ''), 'x') AS tsquery)";
        using var command = new NpgsqlCommand($"SELECT id FROM {table}, {query} q WHERE tsv @@ q ORDER BY ts_rank(tsv, q) DESC LIMIT 10", db);
        command.Parameters.AddWithValue(text);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task LoadAsync(NpgsqlConnection db, string table, SmartRegion.Help.Hsds.HsdsFile file)
    {
        var places = new PlaceDirectory(Repository.Municipalities());
        var offers = OfferCompiler.Compile(file, places);
        await using (var create = new NpgsqlCommand($"""
            DROP TABLE IF EXISTS {table};
            CREATE TABLE {table} (
                id text PRIMARY KEY, name text NOT NULL, categories text NOT NULL, description text NOT NULL,
                tsv tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('german', name), 'A') || setweight(to_tsvector('german', categories), 'B') ||
                    setweight(to_tsvector('german', description), 'C')) STORED);
            """, db))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using (var import = await db.BeginBinaryImportAsync($"COPY {table} (id, name, categories, description) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var offer in offers)
            {
                await import.StartRowAsync();
                await import.WriteAsync(offer.Id);
                await import.WriteAsync(offer.Name);
                await import.WriteAsync(string.Join(". ", offer.CategoryNames));
                await import.WriteAsync(offer.Description);
            }

            await import.CompleteAsync();
        }

        await using var index = new NpgsqlCommand($"CREATE INDEX ON {table} USING GIN (tsv); ANALYZE {table};", db);
        await index.ExecuteNonQueryAsync();
    }
}
