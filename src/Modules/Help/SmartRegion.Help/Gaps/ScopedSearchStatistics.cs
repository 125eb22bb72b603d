using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Help.Search;

namespace SmartRegion.Help.Gaps;

/// <summary>
/// Counts a search after its answer has gone out, when the request's scope (and its database context) is already
/// disposed: each count therefore opens a scope of its own.
/// </summary>
internal sealed class ScopedSearchStatistics(IServiceScopeFactory scopes) : ISearchStatistics
{
    public async Task RecordAsync(string normalizedQuery, int total, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SearchStatistics>().RecordAsync(normalizedQuery, total, cancellationToken);
    }
}
