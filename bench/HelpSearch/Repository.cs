using System.Globalization;
using SmartRegion.Hub.Contracts.Municipalities;

namespace SmartRegion.Bench.HelpSearch;

/// <summary>Files of the repository the benchmarks read: the judged query sets and the region's municipalities.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "SmartRegion.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }

    public static IReadOnlyList<MunicipalitySummary> Municipalities()
    {
        var lines = File.ReadAllLines(Path("src", "Modules", "Hub", "SmartRegion.Hub", "Municipalities", "Seed", "municipalities.csv"));
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(c => new MunicipalitySummary(
            c[0], c[1], c[2], c[3].Length == 0 ? null : c[3],
            double.Parse(c[4], CultureInfo.InvariantCulture), double.Parse(c[5], CultureInfo.InvariantCulture), int.Parse(c[6], CultureInfo.InvariantCulture)))];
    }

    public sealed record Judged(string Query, string Place, IReadOnlySet<string> Relevant);

    public static IReadOnlyList<Judged> Queries(string file) =>
        [.. File.ReadAllLines(Path("bench", "HelpSearch", file)).Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Split('\t')).Select(c =>
            new Judged(c[0], c.Length > 1 ? c[1] : "", c.Length > 2 ? c[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet() : new HashSet<string>()))];
}
