using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Help.Hsds;

namespace SmartRegion.Help.Search;

/// <summary>
/// The offers as they live in the help database, read through the HSDS export. The index and the rebuild command are
/// singletons while <see cref="HelpDb"/> is scoped, so every read opens its own scope.
/// </summary>
internal sealed class DatabaseOfferSource(IServiceScopeFactory scopes) : IOfferSource
{
    public async Task<HsdsFile> ReadAsync(IReadOnlyCollection<string>? serviceIds, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpDb>();
        return await HsdsExport.ReadAsync(db, serviceIds, cancellationToken);
    }
}
