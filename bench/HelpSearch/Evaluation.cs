using System.Globalization;
using SmartRegion.Help.Search;

namespace SmartRegion.Bench.HelpSearch;

/// <summary>recall@5 and nDCG@10 of the help search and of the plain baseline on the dev and the held-out query sets.</summary>
internal static class Evaluation
{
    /// <summary>Prints what the planner makes of a query: the weighted terms and a crisis signal.</summary>
    public static int Plan(string query)
    {
        using var harness = new Harness(SeedOfferSource.Load());
        using var lease = harness.Index.Acquire();
        var plan = harness.Engine.Planner.Plan(query, lease.Searcher.IndexReader);
        Console.WriteLine("words: " + string.Join(' ', plan.Words));
        Console.WriteLine("crisis: " + (plan.Crisis is null ? "-" : string.Join(',', plan.Crisis.Topics)));
        foreach (var (term, weight) in plan.Terms.OrderByDescending(t => t.Value))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {term,-28} {weight:F2}"));
        }

        return 0;
    }

    public static int Run(bool verbose)
    {
        using var harness = new Harness(SeedOfferSource.Load());
        using var baseline = new Baseline(harness.Offers, harness.Places);
        var rows = new List<string>();
        foreach (var set in new[] { "queries-dev.tsv", "queries-holdout.tsv" })
        {
            if (!File.Exists(Repository.Path("bench", "HelpSearch", set)))
            {
                continue;
            }

            var queries = Repository.Queries(set);
            foreach (var (engine, search) in new (string, Func<string, string, IReadOnlyList<string>>)[]
                     {
                         ("help search", (q, p) => harness.Search(q, p)),
                         ("baseline (GermanAnalyzer + BM25)", (q, p) => baseline.Search(q, p)),
                     })
            {
                double r5 = 0, r5u = 0, ndcg = 0;
                foreach (var judged in queries)
                {
                    var ranked = search(judged.Query, judged.Place);
                    var recall = Metrics.RecallAt5(ranked, judged.Relevant);
                    r5 += recall;
                    r5u += Metrics.RecallAt5Uncapped(ranked, judged.Relevant);
                    var n = Metrics.NdcgAt10(ranked, judged.Relevant);
                    ndcg += n;
                    if (verbose && engine == "help search" && (recall < 1 || n < 0.8))
                    {
                        var names = harness.Offers.ToDictionary(o => o.Id, o => o.Name);
                        Console.WriteLine($"[{set}] {judged.Query} ({judged.Place}) recall@5={recall:F2} nDCG@10={n:F2}");
                        foreach (var id in ranked.Take(10))
                        {
                            Console.WriteLine($"    {(judged.Relevant.Contains(id) ? "+" : " ")} {names[id]}");
                        }

                        foreach (var id in judged.Relevant.Where(r => !ranked.Take(10).Contains(r)))
                        {
                            Console.WriteLine($"    missing: {names.GetValueOrDefault(id, id)}");
                        }
                    }
                }

                var count = queries.Count;
                rows.Add(string.Create(CultureInfo.InvariantCulture,
                    $"| {set,-20} | {engine,-34} | {r5 / count,9:F3} | {r5u / count,20:F3} | {ndcg / count,8:F3} |"));
            }
        }

        Console.WriteLine("| query set            | engine                             | recall@5  | recall@5 (uncapped)  | nDCG@10  |");
        Console.WriteLine("|----------------------|------------------------------------|-----------|----------------------|----------|");
        rows.ForEach(Console.WriteLine);
        return 0;
    }
}
