using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SmartRegion.Bench.Datastore;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Files;
using SmartRegion.OpenData.Tabular;

// bench/run-datastore.sh runs this (Release). Arguments: scratch folder, row count; PostgreSQL from BENCH_PG (optional).
var scratch = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "smartregion-datastore-bench");
var rows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
var runs = int.Parse(Environment.GetEnvironmentVariable("BENCH_RUNS") ?? "300", CultureInfo.InvariantCulture);
var postgres = Environment.GetEnvironmentVariable("BENCH_PG");
Directory.CreateDirectory(scratch);
var csv = Path.Combine(scratch, $"buchungen-{rows}.csv");
if (!File.Exists(csv))
{
    var g = Stopwatch.StartNew();
    DataGenerator.Write(csv, rows);
    Console.WriteLine($"generated {csv}: {new FileInfo(csv).Length / 1024.0 / 1024.0:0.0} MB in {g.Elapsed.TotalSeconds:0.0} s");
}

// The scratch folder is the file store: the generated CSV is the original under its own name.
var file = new TabularResourceFile("bench", Path.GetFileName(csv), "CSV", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(csv))));
var dataPath = Path.Combine(scratch, "data-" + Guid.NewGuid().ToString("N")[..8]);
using var store = new TabularStore(Options.Create(new TabularOptions()), Options.Create(new StorageOptions { DataPath = dataPath }), new LocalFileStore(scratch),
    NullLogger<TabularStore>.Instance);
var text = new StringLocalizer<TabularText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
var resources = new BenchResources(file);
const string Town = "Würzburg";

// ---- DuckDB: the real path (encoding and delimiter detection, checksum, two passes, typed append, checkpoint)
var load = Stopwatch.StartNew();
IReadOnlyList<TabularField> fields;
using (var table = await store.OpenAsync(file, CancellationToken.None))
{
    fields = table.Fields;
}

var duckLoad = load.Elapsed.TotalSeconds;
var duckSize = new FileInfo(store.PathFor(file)).Length / 1024.0 / 1024.0;
Console.WriteLine($"duckdb load: {duckLoad:0.00} s ({duckSize:0.0} MB file); types: {string.Join(", ", fields.Select(f => f.Id + ":" + f.TypeName))}");
var filters = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["Gemeinde"] = Town });
var query = DatastoreQuery.Simple("bench", 100) with { Filters = [new("Gemeinde", [filters.GetProperty("Gemeinde")])] };
long duckTotal = 0;
var duck = await Stopwatches.SampleAsync(20, runs, async () =>
{
    var outcome = await SearchDatastore.ExecuteAsync(query, resources, store, text, CancellationToken.None);
    duckTotal = outcome.Value!.Total!.Value;
    _ = JsonSerializer.SerializeToUtf8Bytes(SearchDatastore.ToCkan(outcome.Value!), CkanEnvelope.Json);
});
Console.WriteLine($"duckdb datastore_search (filter Gemeinde={Town}, limit 100, total {duckTotal}): p50 {Stopwatches.Ms(Stopwatches.Percentile(duck, 50))} ms, p95 {Stopwatches.Ms(Stopwatches.Percentile(duck, 95))} ms");

var results = new List<Engines.Figures>
{
    new("DuckDB (chosen)", duckLoad, duck, null, duckTotal),
};
results.AddRange(await Engines.SqliteAsync(csv, fields, Path.Combine(dataPath, "bench.sqlite"), Town, runs));
if (!string.IsNullOrEmpty(postgres))
{
    results.AddRange(await Engines.PostgresAsync(csv, fields, postgres, Town, runs));
}
else
{
    Console.WriteLine("no BENCH_PG: PostgreSQL left out");
}

Console.WriteLine();
Console.WriteLine($"{rows:N0} rows, {new FileInfo(csv).Length / 1024.0 / 1024.0:0.0} MB CSV; query: one filter (Gemeinde = '{Town}'), limit 100, with total; {runs} runs after 20 warm-up, in process");
Console.WriteLine($"{"engine",-36} {"load s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"total",8}");
foreach (var r in results)
{
    Console.WriteLine($"{r.Engine,-36} {(r.LoadSeconds is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) : "-"),8} {Stopwatches.Ms(Stopwatches.Percentile(r.Samples, 50)),8} {Stopwatches.Ms(Stopwatches.Percentile(r.Samples, 95)),8} {Stopwatches.Ms(Stopwatches.Percentile(r.Samples, 99)),8} {r.Total,8}");
}

var p95 = Stopwatches.Percentile(duck, 95);
Console.WriteLine();
Console.WriteLine($"bar: load <= 30 s: {duckLoad:0.00} s {(duckLoad <= 30 ? "PASS" : "FAIL")}; datastore_search p95 <= 50 ms: {Stopwatches.Ms(p95)} ms {(p95 <= 50 ? "PASS" : "FAIL")}");
Directory.Delete(dataPath, recursive: true);
return duckLoad <= 30 && p95 <= 50 ? 0 : 1;

internal sealed class BenchResources(TabularResourceFile file) : ITabularResources
{
    public Task<TabularResourceFile?> FindAsync(string resourceId, CancellationToken ct) => Task.FromResult<TabularResourceFile?>(resourceId == file.ResourceId ? file : null);
}
