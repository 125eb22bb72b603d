using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SmartRegion.Help.Resources;
using SmartRegion.Help.Search;
using SmartRegion.Hub.Contracts.Municipalities;

namespace SmartRegion.Help.Tests.Search;

/// <summary>The search over the demo offers in process, on an index in a temporary folder: one per test class.</summary>
public sealed class SeedSearch : IDisposable
{
    /// <summary>The search's messages, read from the module's resources as the host would.</summary>
    internal static readonly IStringLocalizer<SearchText> Text = new StringLocalizer<SearchText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "help-search-tests", Guid.NewGuid().ToString("N"));

    public SeedSearch()
    {
        Places = new PlaceDirectory(Municipalities());
        Offers = OfferCompiler.Compile(SeedOfferSource.Load(), Places);
        Index = new SearchIndex(_folder, HelpDictionaries.Default);
        Index.RebuildAsync(Offers, CancellationToken.None).GetAwaiter().GetResult();
        Planner = new QueryPlanner(HelpDictionaries.Default);
        Engine = new SearchEngine(Planner);
    }

    /// <summary>A Monday, 10:30 in Würzburg.</summary>
    public static readonly DateTime Monday1030 = new(2026, 11, 23, 10, 30, 0, DateTimeKind.Unspecified);

    internal PlaceDirectory Places { get; }

    internal IReadOnlyList<IndexedOffer> Offers { get; }

    internal SearchIndex Index { get; }

    internal QueryPlanner Planner { get; }

    internal SearchEngine Engine { get; }

    internal SearchOutcome Search(string q, string? place = null, int perPage = 10, Dictionary<string, string?>? more = null)
    {
        using var lease = Index.Acquire();
        var query = new Dictionary<string, string?>(more ?? []) { ["q"] = q, ["per_page"] = perPage.ToString(CultureInfo.InvariantCulture) };
        if (place is not null)
        {
            query["place"] = place;
        }

        var parsed = SearchRequest.Parse(query, Places, lease.CategoryCodes, Text);
        Assert.True(parsed.IsOk, string.Join("; ", parsed.Errors.SelectMany(e => e.Value)));
        return Engine.Search(parsed.Value!.Spec, lease, Monday1030);
    }

    internal IReadOnlyList<string> Names(string q, string? place = null, int count = 5) =>
        [.. Search(q, place, count).Hits.Select(h => h.Offer.Name)];

    internal string IdOf(string name) => Offers.Single(o => o.Name == name).Id;

    /// <summary>The region's municipalities, read from the Hub's reference file in the repository.</summary>
    internal static IReadOnlyList<MunicipalitySummary> Municipalities()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "src", "Modules", "Hub", "SmartRegion.Hub", "Municipalities", "Seed", "municipalities.csv"));
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(c => new MunicipalitySummary(
            c[0], c[1], c[2], c[3].Length == 0 ? null : c[3],
            double.Parse(c[4], CultureInfo.InvariantCulture), double.Parse(c[5], CultureInfo.InvariantCulture), int.Parse(c[6], CultureInfo.InvariantCulture)))];
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SmartRegion.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The tests run inside the repository.");
    }

    public void Dispose()
    {
        Index.Dispose();
        Planner.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
