using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SmartRegion.Kernel.Outbox;

/// <summary>
/// Runs outbox cycles in the background — the once-per-cluster handlers and this node's local projections: at once when
/// signalled (a commit on this node; on PostgreSQL a commit on any node), otherwise every poll interval.
/// </summary>
internal sealed partial class OutboxDispatcher(
    IOutboxProcessor processor, OutboxSignal signal, LocalProjectionFeed feed, OutboxOptions options, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    // Events held back by a transaction still running elsewhere are usually readable a moment later.
    private static readonly TimeSpan HeldBackRetry = TimeSpan.FromMilliseconds(250);

    private TimeSpan PollInterval => options.PollInterval;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A cycle takes at most one batch per module: while cycles find work (an import announced hundreds of
                // changes), the next one starts at once instead of after the poll interval.
                if (await processor.DispatchPendingAsync(stoppingToken) == 0)
                {
                    await signal.WaitAsync(feed.HeldBack ? HeldBackRetry : PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogCycleFailed(logger, ex);
                await Task.Delay(PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox cycle failed; retrying.")]
    private static partial void LogCycleFailed(ILogger logger, Exception ex);
}
