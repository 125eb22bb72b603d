namespace SmartRegion.Help.Tests.Search;

/// <summary>The relevance bar on the development set (recall@5 ≥ 0.90, nDCG@10 ≥ 0.80), computed as the README defines.</summary>
public sealed class QualityTests(SeedSearch search) : IClassFixture<SeedSearch>
{
    [Theory]
    [InlineData("queries-dev.tsv", 0.90, 0.80)]
    [InlineData("queries-holdout.tsv", 0.85, 0.80)]
    public void the_judged_query_set_reaches_the_bar(string file, double recallBar, double ndcgBar)
    {
        var rows = File.ReadAllLines(Path.Combine(SeedSearch.RepositoryRoot(), "bench", "HelpSearch", file)).Skip(1).Where(l => l.Trim().Length > 0).ToList();
        double recall = 0, ndcg = 0;
        foreach (var cells in rows.Select(r => r.Split('\t')))
        {
            var relevant = cells[2].Split(',').ToHashSet();
            var ranked = search.Search(cells[0], cells[1].Length == 0 ? null : cells[1]).Hits.Select(h => h.Offer.Id).Distinct().ToList();
            recall += (double)ranked.Take(5).Count(relevant.Contains) / Math.Min(5, relevant.Count);
            var dcg = ranked.Take(10).Select((id, i) => relevant.Contains(id) ? 1 / Math.Log2(i + 2) : 0).Sum();
            var ideal = Enumerable.Range(0, Math.Min(10, relevant.Count)).Sum(i => 1 / Math.Log2(i + 2));
            ndcg += dcg / ideal;
        }

        Assert.True(recall / rows.Count >= recallBar, $"recall@5 {recall / rows.Count:F3} < {recallBar}");
        Assert.True(ndcg / rows.Count >= ndcgBar, $"nDCG@10 {ndcg / rows.Count:F3} < {ndcgBar}");
    }
}
