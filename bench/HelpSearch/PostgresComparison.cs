namespace SmartRegion.Bench.HelpSearch;
internal static class PostgresComparison { public static Task<int> RunAsync(string c, string o, string q, double s) => throw new NotImplementedException(); }
