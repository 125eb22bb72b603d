namespace SmartRegion.Help.Search;

/// <summary>Reads every offer from the source and builds the index afresh (a new generation, switched atomically).</summary>
internal static class RebuildIndex
{
    public static async Task<int> ExecuteAsync(IOfferSource source, PlaceDirectoryCache places, SearchIndex index, CancellationToken cancellationToken)
    {
        var offers = await ReadAllAsync(source, places, cancellationToken);
        await index.RebuildAsync(offers, cancellationToken);
        return offers.Count;
    }

    public static async Task<IReadOnlyList<IndexedOffer>> ReadAllAsync(IOfferSource source, PlaceDirectoryCache places, CancellationToken cancellationToken)
    {
        var file = await source.ReadAsync(null, cancellationToken);
        return OfferCompiler.Compile(file, await places.GetAsync(cancellationToken));
    }
}
