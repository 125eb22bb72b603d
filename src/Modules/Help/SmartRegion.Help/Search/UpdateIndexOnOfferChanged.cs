using SmartRegion.Help.Contracts;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Help.Search;

/// <summary>
/// Keeps the index current: reads the changed offers again and replaces their entries, or removes those that are gone.
/// Takes the events of one outbox cycle together, so an import that announces hundreds of offers (the demo directory
/// on a first start) costs a few reads and commits instead of one per offer. Idempotent. Every node keeps its own
/// index, so every node runs it.
/// </summary>
[LocalProjection]
internal sealed class UpdateIndexOnOfferChanged(SearchIndex index, IOfferSource source, PlaceDirectoryCache places) : IIntegrationEventBatchHandler<OfferChanged>
{
    public async Task HandleAsync(IReadOnlyList<OfferChanged> integrationEvents, CancellationToken cancellationToken)
    {
        // Before the first build the events are retried later by the outbox; the build reads the offers anyway.
        await index.WaitUntilReadyAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        var ids = integrationEvents.Select(e => e.ServiceId).ToHashSet(StringComparer.Ordinal);
        var file = await source.ReadAsync(ids, cancellationToken);
        var offers = OfferCompiler.Compile(file, await places.GetAsync(cancellationToken)).Where(o => ids.Contains(o.Id)).ToList();
        var gone = ids.Except(offers.Select(o => o.Id), StringComparer.Ordinal).ToList();
        await index.UpdateAsync(offers, gone, cancellationToken);
    }
}
