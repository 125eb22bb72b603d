using System.Diagnostics;
using SmartRegion.Help.Search;

namespace SmartRegion.Bench.HelpSearch;

/// <summary>Where a search spends its CPU on a data file: planning, the Lucene query, the whole engine (in process, dev queries).</summary>
internal static class Profile
{
    public static int Run(string path)
    {
        using var harness = new Harness(SeedOfferSource.LoadFile(path));
        var queries = Repository.Queries("queries-dev.tsv").ToList();
        using var lease = harness.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var plans = queries.Select(q => harness.Engine.Planner.Plan(q.Query, reader)).ToList();
        Measure("plan", queries.Count, () => queries.ForEach(q => harness.Engine.Planner.Plan(q.Query, reader)));
        Measure("lucene top 400 of the text query", queries.Count, () => plans.ForEach(p => { if (p.Query is not null) { lease.Searcher.Search(p.Query, 400); } }));
        Measure("lucene top 10 of the text query", queries.Count, () => plans.ForEach(p => { if (p.Query is not null) { lease.Searcher.Search(p.Query, 10); } }));
        var specs = queries.Select(q => SearchRequest.Parse(
            new Dictionary<string, string?> { ["q"] = q.Query, ["place"] = q.Place.Length > 0 ? q.Place : null }.Where(p => p.Value is not null).ToDictionary(),
            harness.Places, lease.CategoryCodes, Harness.Text).Value!.Spec).ToList();
        Measure("engine without kept answers (plan, rank, page)", queries.Count, () => specs.ForEach(s => harness.Engine.SearchUncached(s, lease, Harness.Now)));
        Measure("whole search with kept answers (parse too)", queries.Count, () => queries.ForEach(q => harness.Search(q.Query, q.Place)));
        return 0;
    }

    private static void Measure(string name, int count, Action action)
    {
        action();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        const int Rounds = 10;
        for (var i = 0; i < Rounds; i++)
        {
            action();
        }

        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / (Rounds * count);
        Console.WriteLine(System.FormattableString.Invariant($"{name,-45} CPU {used:F3} ms, wall {wall.Elapsed.TotalMilliseconds / (Rounds * count):F3} ms per query"));
    }
}
