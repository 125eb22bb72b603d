using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Kernel.Hosting;

namespace SmartRegion.Help.Search;

/// <summary>
/// <c>dotnet SmartRegion.Web.dll help-reindex</c>: builds the whole index into a fresh folder and switches to it.
/// Safe while the platform runs: the running search keeps the old index until it follows the switch (within seconds).
/// </summary>
internal sealed class ReindexCommand : IHostCommand
{
    public string Name => "help-reindex";

    public string Description => "Rebuilds the help directory's search index from all offers.";

    public async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var offers = await RebuildIndex.ReadAllAsync(
            services.GetRequiredService<IOfferSource>(), services.GetRequiredService<PlaceDirectoryCache>(), cancellationToken);
        using var analyzer = new HelpAnalyzer(HelpDictionaries.Default);
        var root = services.GetRequiredService<SearchIndexLocation>().Path;
        var generation = SearchIndex.BuildGeneration(root, offers, analyzer, cancellationToken);
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        await Console.Out.WriteLineAsync(System.FormattableString.Invariant(
            $"help-reindex: {offers.Count} offers indexed in {elapsed.TotalSeconds:F1} s (process CPU {cpu:F1} s), now live: {generation}."));
        return 0;
    }
}
