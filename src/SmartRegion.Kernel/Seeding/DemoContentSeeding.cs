using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmartRegion.Kernel.Database;

namespace SmartRegion.Kernel.Seeding;

/// <summary>
/// Seeds the demo content once the host is listening (<c>Seeding:DemoInBackground</c>): a first start of the embedded
/// profile is ready after the migrations and the reference data, and the demo offers, datasets and admin follow a few
/// seconds later. Part of <c>/health/ready</c>: „Degraded“ (HTTP 200) while the demo content is written, „Unhealthy“
/// when writing it failed. Only a serving host starts it; the <c>migrate</c> command seeds everything before it exits.
/// </summary>
internal sealed partial class DemoContentSeeding : BackgroundService, IHealthCheck
{
    private readonly DatabaseInitializer _initializer;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<DemoContentSeeding> _logger;
    private volatile string _state = "is waiting for the start";
    private volatile bool _pending;

    public DemoContentSeeding(DatabaseInitializer initializer, IHostApplicationLifetime lifetime, ILogger<DemoContentSeeding> logger)
    {
        _initializer = initializer;
        _lifetime = lifetime;
        _logger = logger;
        _pending = initializer.SeedsDemoInBackground;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(!_pending ? HealthCheckResult.Healthy()
            : _state.StartsWith("failed", StringComparison.Ordinal) ? HealthCheckResult.Unhealthy("demo content " + _state)
            : HealthCheckResult.Degraded("demo content " + _state));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_pending)
        {
            return;
        }

        try
        {
            // After Kestrel listens, so the first visitors are not queued behind it.
            using (var started = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.ApplicationStarted, stoppingToken))
            {
                await Task.Delay(Timeout.Infinite, started.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            stoppingToken.ThrowIfCancellationRequested();
            _state = "is being seeded";
            var clock = System.Diagnostics.Stopwatch.GetTimestamp();
            await _initializer.SeedDemoAsync(stoppingToken);
            _pending = false;
            LogSeeded(_logger, System.Diagnostics.Stopwatch.GetElapsedTime(clock).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; the seeders are idempotent and finish on the next start.
        }
        catch (Exception ex)
        {
            _state = "failed: " + ex.Message;
            LogFailed(_logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo content seeded in {Milliseconds:F0} ms after the start.")]
    private static partial void LogSeeded(ILogger logger, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "The demo content could not be seeded; /health/ready reports Unhealthy until a restart.")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
