namespace SmartRegion.Bench.HelpSearch;
internal static class Expansion { public static int Run(int count, string path) => throw new NotImplementedException(); }
