using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SmartRegion.Help.Search;

/// <summary>Counts the hits of a query that score at least a given share of the best: the total a person is told.</summary>
internal sealed class ScoreCounter(float minimum) : ICollector
{
    private Scorer? _scorer;

    public int Total { get; private set; }

    public static int Count(IndexSearcher searcher, Query query, float minimum)
    {
        var counter = new ScoreCounter(minimum);
        searcher.Search(query, counter);
        return counter.Total;
    }

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void Collect(int doc)
    {
        if (_scorer!.GetScore() >= minimum)
        {
            Total++;
        }
    }

    public void SetNextReader(AtomicReaderContext context)
    {
    }

    public bool AcceptsDocsOutOfOrder => true;
}
