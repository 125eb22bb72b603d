namespace SmartRegion.Bench.HelpSearch;

/// <summary>The relevance measures as <c>Hsds/Seed/README.md</c> defines them (binary gains, each service counted once).</summary>
internal static class Metrics
{
    public static IReadOnlyList<string> Distinct(IEnumerable<string> ranked) => [.. ranked.Distinct(StringComparer.Ordinal)];

    /// <summary>|relevant ∩ top 5| / min(5, |relevant|).</summary>
    public static double RecallAt5(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant) =>
        relevant.Count == 0 ? 0 : (double)ranked.Take(5).Count(relevant.Contains) / Math.Min(5, relevant.Count);

    /// <summary>|relevant ∩ top 5| / |relevant|.</summary>
    public static double RecallAt5Uncapped(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant) =>
        relevant.Count == 0 ? 0 : (double)ranked.Take(5).Count(relevant.Contains) / relevant.Count;

    public static double NdcgAt10(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant)
    {
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(10, ranked.Count); i++)
        {
            if (relevant.Contains(ranked[i]))
            {
                dcg += 1.0 / Math.Log2(i + 2);
            }
        }

        var ideal = 0.0;
        for (var i = 0; i < Math.Min(10, relevant.Count); i++)
        {
            ideal += 1.0 / Math.Log2(i + 2);
        }

        return ideal == 0 ? 0 : dcg / ideal;
    }
}
