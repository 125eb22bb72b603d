using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SmartRegion.Help.Hsds;
using SmartRegion.Help.Search;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Search;

/// <summary>The platform with the offers served from a copy of the demo data that tests may change, as the editors will.</summary>
public sealed class SearchHost : SmartRegionHost
{
    internal ChangeableOffers Offers { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<IOfferSource>(Offers));

    internal async Task<SearchIndex> ReadyIndexAsync()
    {
        var index = Services.GetRequiredService<SearchIndex>();
        await index.WaitUntilReadyAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
        return index;
    }
}

/// <summary>The demo offers with changes applied in memory: renames and removals by service id.</summary>
internal sealed class ChangeableOffers : IOfferSource
{
    private readonly HsdsFile _seed = SeedOfferSource.Load();
    private readonly Dictionary<string, string> _names = [];
    private readonly HashSet<string> _removed = [];

    public void Rename(string serviceId, string name) => _names[serviceId] = name;

    public void Remove(string serviceId) => _removed.Add(serviceId);

    public void Restore(string serviceId)
    {
        _names.Remove(serviceId);
        _removed.Remove(serviceId);
    }

    public Task<HsdsFile> ReadAsync(IReadOnlyCollection<string>? serviceIds, CancellationToken cancellationToken)
    {
        var file = serviceIds is null ? _seed : SeedOfferSource.Only(_seed, serviceIds);
        return Task.FromResult(file with
        {
            Services = [.. file.Services.Where(s => !_removed.Contains(s.Id)).Select(s => _names.TryGetValue(s.Id, out var name) ? s with { Name = name } : s)],
        });
    }
}
