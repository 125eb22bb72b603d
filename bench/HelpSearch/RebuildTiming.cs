namespace SmartRegion.Bench.HelpSearch;
internal static class RebuildTiming { public static Task<int> RunAsync(string o) => throw new NotImplementedException(); }
