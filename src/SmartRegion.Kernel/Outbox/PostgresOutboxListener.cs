using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SmartRegion.Kernel.Outbox;

/// <summary>
/// On PostgreSQL, wakes this node's dispatcher when any node commits integration events: the writer sends
/// <c>NOTIFY</c> on <see cref="Channel"/> with its commit (<see cref="OutboxSignalInterceptor"/>), this service listens on
/// its own connection. Polling stays as the fallback for a lost connection or a missed notification.
/// </summary>
internal sealed partial class PostgresOutboxListener(string connectionString, OutboxSignal signal, ILogger<PostgresOutboxListener> logger) : BackgroundService
{
    public const string Channel = "smartregion_outbox";
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => signal.Notify();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Whatever was committed while the node was not listening is found by the next cycle.
                signal.Notify();
                signal.MarkListening();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogListenFailed(logger, ex.Message);
                await Task.Delay(Reconnect, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for outbox notifications failed ({Reason}); polling until the connection is back.")]
    private static partial void LogListenFailed(ILogger logger, string reason);
}
