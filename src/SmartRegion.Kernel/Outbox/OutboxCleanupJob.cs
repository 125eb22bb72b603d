using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SmartRegion.Kernel.Outbox;

/// <summary>
/// Runs <see cref="OutboxCleanup"/> a few minutes after start and then every <c>Outbox:CleanupIntervalMinutes</c>; every
/// node runs the job, one of them does the round (see there).
/// </summary>
internal sealed partial class OutboxCleanupJob(OutboxCleanup cleanup, OutboxOptions options, TimeProvider time, ILogger<OutboxCleanupJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(3), time, stoppingToken);
            using var timer = new PeriodicTimer(options.CleanupInterval, time);
            do
            {
                try
                {
                    var (modules, deleted) = await cleanup.RunAsync(stoppingToken);
                    if (modules > 0)
                    {
                        LogRound(logger, deleted, modules, options.Node);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(logger, e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox cleanup: {Deleted} delivered events removed from {Modules} outboxes by node {Node}.")]
    private static partial void LogRound(ILogger logger, int deleted, int modules, string node);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox cleanup failed; it runs again after the interval.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
