using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace SmartRegion.Kernel.Outbox;

/// <summary>
/// Part of <c>/health/ready</c>: a node that starts late or was down first brings its local projections up to the events
/// written before it started (from its cursor); until then it answers „Unhealthy“ (HTTP 503), so the proxy sends no
/// visitor to a node whose search or cached pages would show an older state than the others. Records the start position
/// when the host starts, before the background work begins.
/// </summary>
internal sealed class LocalProjectionReadiness(LocalProjectionFeed feed) : IHealthCheck, IHostedService
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var behind = await feed.BehindAsync(cancellationToken);
        return behind.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"node {feed.Node} is catching up with the events of {string.Join(", ", behind)}");
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await feed.RecordStartAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // An unreachable database is reported by the database checks; readiness measures again when asked.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
