using SmartRegion.Help.Hsds;

namespace SmartRegion.Help.Search;

/// <summary>Where the index reads offers from: all of them for a rebuild, some by service id for an update.</summary>
internal interface IOfferSource
{
    /// <summary>The offers as HSDS; <paramref name="serviceIds"/> null = all. Unknown ids are simply absent.</summary>
    Task<HsdsFile> ReadAsync(IReadOnlyCollection<string>? serviceIds, CancellationToken cancellationToken);
}
