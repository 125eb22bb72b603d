using SmartRegion.Help.Contracts;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.Help.Search;

/// <summary>Keeps the index current: reads the changed offer again and replaces its entry, or removes it when it is gone. Idempotent.</summary>
internal sealed class UpdateIndexOnOfferChanged(SearchIndex index, IOfferSource source, PlaceDirectoryCache places) : IIntegrationEventHandler<OfferChanged>
{
    public async Task HandleAsync(OfferChanged integrationEvent, CancellationToken cancellationToken)
    {
        // Before the first build the event is retried later by the outbox; the build reads the offer anyway.
        await index.WaitUntilReadyAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        var file = await source.ReadAsync([integrationEvent.ServiceId], cancellationToken);
        var offers = OfferCompiler.Compile(file, await places.GetAsync(cancellationToken)).Where(o => o.Id == integrationEvent.ServiceId).ToList();
        await index.UpdateAsync(offers, offers.Count == 0 ? [integrationEvent.ServiceId] : [], cancellationToken);
    }
}
