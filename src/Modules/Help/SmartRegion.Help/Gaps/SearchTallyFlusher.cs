using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmartRegion.Help.Search;

namespace SmartRegion.Help.Gaps;

/// <summary>
/// Writes the counted searches every <c>Modules:Help:SearchStatisticsFlushSeconds</c> (default 10) and once more when
/// the host stops. An interval without searches touches no database.
/// </summary>
internal sealed partial class SearchTallyFlusher(ISearchStatistics statistics, IConfiguration configuration, TimeProvider time, ILogger<SearchTallyFlusher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = Math.Clamp(configuration.GetValue("Modules:Help:SearchStatisticsFlushSeconds", 10), 1, 3600);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last flush follows in StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await statistics.FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFlushFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search statistics could not be written; they are kept for the next attempt")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);
}
