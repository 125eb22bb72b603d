using Microsoft.AspNetCore.OutputCaching;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Kernel.Web;

/// <summary>
/// Empties this node's page cache when an event says that cached pages show something that changed (an offer was
/// confirmed or imported), so visitors do not see the old state for up to a minute. The cache is in each node's
/// memory, so every node runs it. Idempotent; one eviction per batch.
/// </summary>
[LocalProjection]
internal sealed class EvictCachedPages<TEvent>(IOutputCacheStore store) : IIntegrationEventBatchHandler<TEvent>
    where TEvent : IntegrationEvent
{
    public async Task HandleAsync(IReadOnlyList<TEvent> integrationEvents, CancellationToken cancellationToken) =>
        await store.EvictByTagAsync(PageCache.Tag, cancellationToken);
}
