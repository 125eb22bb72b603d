using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SmartRegion.Help.Hsds;
using SmartRegion.Help.Resources;
using SmartRegion.Help.Search;

namespace SmartRegion.Bench.HelpSearch;

/// <summary>The help search in process on a temporary index: the same parsing and engine the endpoint uses.</summary>
internal sealed class Harness : IDisposable
{
    /// <summary>The search's messages, read from the module's resources as the host would.</summary>
    internal static readonly IStringLocalizer<SearchText> Text = new StringLocalizer<SearchText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "help-search-bench-" + Guid.NewGuid().ToString("N"));
    private readonly QueryPlanner _planner = new(HelpDictionaries.Default);

    public Harness(HsdsFile file)
    {
        Places = new PlaceDirectory(Repository.Municipalities());
        Offers = OfferCompiler.Compile(file, Places);
        Index = new SearchIndex(_folder, HelpDictionaries.Default);
        Index.RebuildAsync(Offers, CancellationToken.None).GetAwaiter().GetResult();
        Engine = new SearchEngine(_planner);
    }

    public PlaceDirectory Places { get; }

    public IReadOnlyList<IndexedOffer> Offers { get; }

    public SearchIndex Index { get; }

    public SearchEngine Engine { get; }

    /// <summary>Monday 10:30 local: a fixed moment, so nothing depends on when the benchmark runs.</summary>
    public static readonly DateTime Now = new(2026, 11, 23, 10, 30, 0, DateTimeKind.Unspecified);

    public IReadOnlyList<string> Search(string query, string place, int count = 10) => Run(query, place, count, cached: true);

    /// <summary>The same search without the engine's kept answers: what a search costs the first time.</summary>
    public IReadOnlyList<string> SearchFresh(string query, string place, int count = 10) => Run(query, place, count, cached: false);

    private IReadOnlyList<string> Run(string query, string place, int count, bool cached)
    {
        using var lease = Index.Acquire();
        var parameters = new Dictionary<string, string?> { ["q"] = query, ["per_page"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (place.Length > 0)
        {
            parameters["place"] = place;
        }

        var parsed = SearchRequest.Parse(parameters, Places, lease.CategoryCodes, Text);
        if (!parsed.IsOk)
        {
            throw new InvalidOperationException($"Query „{query}“ refused: " + string.Join("; ", parsed.Errors.SelectMany(e => e.Value)));
        }

        var spec = parsed.Value!.Spec;
        var outcome = cached ? Engine.Search(spec, lease, Now) : Engine.SearchUncached(spec, lease, Now);
        return Metrics.Distinct(outcome.Hits.Select(h => h.Offer.Id));
    }

    public void Dispose()
    {
        Index.Dispose();
        _planner.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
