using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SmartRegion.Help.Search;

/// <summary>
/// Part of <c>/health/ready</c>: the platform takes visitors as soon as the database is ready, and the search index is
/// opened or built right after, at low priority. Until then the search answers 503 and this check says
/// <see cref="HealthStatus.Degraded"/> (still HTTP 200), so the monitoring sees what is not there yet.
/// </summary>
internal sealed class SearchIndexHealthCheck(SearchIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.IsReady
            ? HealthCheckResult.Healthy($"help search index: {index.Count} offers")
            : HealthCheckResult.Degraded("help search index is being built; the search answers 503 until then"));
}
