namespace SmartRegion.Help.Search;

/// <summary>The categories nearest to a query that found nothing: shared words first, then similar spelling, else the largest.</summary>
internal static class CategorySuggestions
{
    public static IReadOnlyList<CategorySuggestion> Nearest(QueryPlan? plan, IEnumerable<IndexedOffer> offers, QueryPlanner planner, int count = 3)
    {
        var categories = new Dictionary<string, (string Name, int Offers)>(StringComparer.Ordinal);
        foreach (var offer in offers)
        {
            for (var i = 0; i < offer.CategoryCodes.Count && i < offer.CategoryNames.Count; i++)
            {
                var code = offer.CategoryCodes[i];
                categories[code] = (offer.CategoryNames[i], categories.TryGetValue(code, out var c) ? c.Offers + 1 : 1);
            }
        }

        var words = plan?.Terms.Keys.ToList() ?? [];
        var scored = categories
            .Select(c =>
            {
                var tokens = HelpAnalyzer.Tokens(planner.Analyzer, c.Value.Name).Select(t => t.Term).ToList();
                var shared = tokens.Count(words.Contains);
                var near = words.Count == 0 ? 0 : tokens.Count(t => words.Any(w => w.Length >= 4 && t.Length >= 4 && EditDistance.Compute(w, t) <= 2));
                return (Code: c.Key, c.Value.Name, c.Value.Offers, Score: (shared * 10) + near);
            })
            .ToList();
        var result = scored.Where(s => s.Score > 0).OrderByDescending(s => s.Score).ThenByDescending(s => s.Offers).Take(count).ToList();
        if (result.Count == 0)
        {
            result = [.. scored.Where(s => !s.Code.Contains('.', StringComparison.Ordinal)).OrderByDescending(s => s.Offers).Take(count)];
        }

        return [.. result.Select(s => new CategorySuggestion(s.Code, s.Name))];
    }
}
