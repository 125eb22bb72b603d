using System.Diagnostics;
using SmartRegion.Help.Search;

namespace SmartRegion.Bench.HelpSearch;

/// <summary>Full index rebuild of an HSDS file in process (read, compile, index, commit, switch), best of three.</summary>
internal static class RebuildTiming
{
    public static async Task<int> RunAsync(string path)
    {
        var root = Path.Combine(Path.GetTempPath(), "help-rebuild-" + Guid.NewGuid().ToString("N"));
        var places = new PlaceDirectory(Repository.Municipalities());
        using var index = new SearchIndex(root, HelpDictionaries.Default);
        var times = new List<double>();
        var count = 0;
        for (var run = 0; run < 3; run++)
        {
            var started = Stopwatch.GetTimestamp();
            var file = SeedOfferSource.LoadFile(path);
            var read = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var offers = OfferCompiler.Compile(file, places);
            var compiled = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await index.RebuildAsync(offers, CancellationToken.None);
            Console.Error.WriteLine(System.FormattableString.Invariant($"  run {run + 1}: read {read:F2} s, compiled {compiled - read:F2} s, indexed and opened {Stopwatch.GetElapsedTime(started).TotalSeconds - compiled:F2} s"));
            times.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
            count = offers.Count;
        }

        Directory.Delete(root, recursive: true);
        Console.WriteLine(System.FormattableString.Invariant($"rebuild_offers={count} rebuild_seconds_best={times.Min():F2} rebuild_seconds_all={string.Join('/', times.Select(t => t.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}"));
        return 0;
    }
}
