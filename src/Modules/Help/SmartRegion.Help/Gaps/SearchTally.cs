using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmartRegion.Help.Search;

namespace SmartRegion.Help.Gaps;

/// <summary>
/// Counts searches in memory and writes them in one transaction per flush (<see cref="SearchTallyFlusher"/>, every few
/// seconds and at shutdown). A search is a read: writing a row per search made every search a database write and cost
/// ten times the search itself. Counts are statistics, not anyone's acknowledged write: a crash loses at most the
/// counts of one flush interval, and a failed flush keeps its counts for the next one.
/// </summary>
internal sealed partial class SearchTally(IServiceScopeFactory scopes, TimeProvider time, ILogger<SearchTally> logger) : ISearchStatistics, IDisposable
{
    /// <summary>Distinct texts kept between two flushes; more are dropped (and logged) so a flood of made-up texts cannot fill the memory.</summary>
    public const int MaxPending = 10_000;

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private Dictionary<(string Query, DateOnly Day), Counts> _pending = [];
    private int _dropped;

    internal sealed record Entry(string Query, DateOnly Day, int Searches, int ZeroResultSearches, int FewResultSearches);

    public void Count(string normalizedQuery, int total)
    {
        var query = SearchQueryText.Normalize(normalizedQuery);
        if (query.Length == 0)
        {
            return;
        }

        var day = DateOnly.FromDateTime(Ui.Components.BerlinTime.ToBerlin(time.GetUtcNow()).DateTime);
        lock (_gate)
        {
            if (!_pending.TryGetValue((query, day), out var counts))
            {
                if (_pending.Count >= MaxPending)
                {
                    _dropped++;
                    return;
                }

                _pending[(query, day)] = counts = new Counts();
            }

            counts.Add(total);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _flushing.WaitAsync(cancellationToken);
        try
        {
            Dictionary<(string Query, DateOnly Day), Counts> batch;
            int dropped;
            lock (_gate)
            {
                (batch, _pending, dropped, _dropped) = (_pending, [], _dropped, 0);
            }

            if (dropped > 0)
            {
                LogDropped(logger, dropped, MaxPending);
            }

            if (batch.Count == 0)
            {
                return;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SearchStatistics>().AddAsync(
                    [.. batch.Select(p => new Entry(p.Key.Query, p.Key.Day, p.Value.Searches, p.Value.Zero, p.Value.Few))], cancellationToken);
            }
            catch
            {
                Restore(batch);
                throw;
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    public void Dispose() => _flushing.Dispose();

    /// <summary>Puts the counts of a failed flush back, added to whatever was counted meanwhile.</summary>
    private void Restore(Dictionary<(string Query, DateOnly Day), Counts> batch)
    {
        lock (_gate)
        {
            foreach (var (key, counts) in batch)
            {
                if (_pending.TryGetValue(key, out var now))
                {
                    now.Merge(counts);
                }
                else if (_pending.Count < MaxPending)
                {
                    _pending[key] = counts;
                }
                else
                {
                    _dropped++;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search statistics: {Dropped} searches not counted, more than {Max} different texts between two flushes")]
    private static partial void LogDropped(ILogger logger, int dropped, int max);

    /// <summary>Changed only under the tally's lock.</summary>
    private sealed class Counts
    {
        public int Searches { get; private set; }

        public int Zero { get; private set; }

        public int Few { get; private set; }

        public void Add(int total)
        {
            Searches++;
            Zero += total <= 0 ? 1 : 0;
            Few += total is > 0 and < SearchGap.FewResults ? 1 : 0;
        }

        public void Merge(Counts other)
        {
            Searches += other.Searches;
            Zero += other.Zero;
            Few += other.Few;
        }
    }
}
