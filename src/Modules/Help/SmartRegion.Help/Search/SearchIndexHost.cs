using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SmartRegion.Help.Search;

/// <summary>
/// Opens the index at start, or builds it in the background when it is missing or unreadable (the search answers 503
/// until then; the start is never blocked). Afterwards it follows the <c>current</c> pointer, so a rebuild by the
/// <c>help-reindex</c> command goes live within seconds.
/// </summary>
internal sealed partial class SearchIndexHost(SearchIndex index, IOfferSource source, PlaceDirectoryCache places, ILogger<SearchIndexHost> logger) : BackgroundService
{
    private static readonly TimeSpan FollowInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!await index.TryOpenAsync(stoppingToken))
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var count = await RebuildIndex.ExecuteAsync(source, places, index, stoppingToken);
                LogBuilt(logger, count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            using var timer = new PeriodicTimer(FollowInterval);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (await index.FollowPointerAsync(stoppingToken))
                {
                    LogFollowed(logger, index.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Help search index built with {Count} offers in {Milliseconds:F0} ms.")]
    private static partial void LogBuilt(ILogger logger, int count, double milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Help search index switched to a rebuilt generation ({Count} offers).")]
    private static partial void LogFollowed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The help search index could not be opened or built; the search answers 503 until a restart.")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
