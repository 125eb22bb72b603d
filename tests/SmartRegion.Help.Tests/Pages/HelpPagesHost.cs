using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Pages;

/// <summary>
/// The demo directory with the clock stopped at Tuesday, 1 December 2026, 10:00 in Würzburg (09:00 UTC), so „jetzt
/// geöffnet“ can be asserted.
/// </summary>
public class HelpPagesHost : SmartRegionHost
{
    public static readonly DateTimeOffset TuesdayMorning = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(TuesdayMorning);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Seeding:Demo"] = "true" };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    private (int Seedings, long IndexVersion)? _indexed;

    /// <summary>
    /// Resets the data, then builds the search index from it again: the index built at start may have read the tables
    /// while the reset emptied and re-seeded them, and the outbox that keeps it current does not run in tests. When the
    /// reset put back the same seeded rows the index was last built from, and nothing changed the index since, it is kept.
    /// </summary>
    protected override async Task AfterReseedAsync()
    {
        var index = Services.GetRequiredService<SmartRegion.Help.Search.SearchIndex>();
        await index.WaitUntilReadyAsync(CancellationToken.None);
        if (_indexed == (Seedings, index.Version))
        {
            return;
        }

        await SmartRegion.Help.Search.RebuildIndex.ExecuteAsync(
            Services.GetRequiredService<SmartRegion.Help.Search.IOfferSource>(), Services.GetRequiredService<SmartRegion.Help.Search.PlaceDirectoryCache>(), index, CancellationToken.None);
        _indexed = (Seedings, index.Version);
    }

    /// <summary>Runs <paramref name="query"/> on a fresh help database context.</summary>
    internal async Task<T> QueryAsync<T>(Func<HelpDb, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HelpDb>());
    }
}

/// <summary>The same, with public writes limited to two a minute.</summary>
public sealed class RateLimitedHelpHost : HelpPagesHost
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Seeding:Demo"] = "true", ["RateLimits:PublicWritePerMinute"] = "2" };
}
