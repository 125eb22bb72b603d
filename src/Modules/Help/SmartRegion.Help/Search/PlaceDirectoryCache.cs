using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Contracts.Municipalities;

namespace SmartRegion.Help.Search;

/// <summary>The region's municipalities from the Hub, read once: reference data that changes with a release, not at run time.</summary>
internal sealed class PlaceDirectoryCache(IServiceScopeFactory scopes) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private PlaceDirectory? _places;

    public async ValueTask<PlaceDirectory> GetAsync(CancellationToken cancellationToken)
    {
        if (_places is { } places)
        {
            return places;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_places is null)
            {
                await using var scope = scopes.CreateAsyncScope();
                var municipalities = await scope.ServiceProvider.GetRequiredService<IMunicipalityDirectory>().ListAsync(cancellationToken);
                if (municipalities.Count == 0)
                {
                    // Not seeded yet: answer without caching, so a later call sees the seeded list.
                    return new PlaceDirectory(municipalities);
                }

                _places = new PlaceDirectory(municipalities);
            }

            return _places;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
