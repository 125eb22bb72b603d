using System.Text.Json.Nodes;
using Json.Schema;

namespace SmartRegion.Help.Tests.Features;

/// <summary>
/// The official HSDS 3.0 schemas, read from <c>shared/data/standards/hsds</c> (found by walking up from the test's base
/// directory). When the folder is absent the test is skipped, except under <c>CI=true</c>, where it fails.
/// </summary>
internal static class HsdsStandard
{
    private static readonly Lazy<string?> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "standards", "hsds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    });

    private static readonly Dictionary<string, JsonSchema> Compiled = [];
    private static readonly Lock Gate = new();
    private static EvaluationOptions? _tables;
    private static JsonSchema? _page;

    // The same e-mail rule as the platform's import (the library's own gives up under load and calls valid addresses wrong).
    static HsdsStandard() => SmartRegion.Help.Hsds.HsdsSchemas.RegisterFormats();

    /// <summary>The hsds folder, or null when it is not there.</summary>
    public static string? FolderOrNull => Root.Value;

    /// <summary>The hsds folder; skips (or fails under CI) when it is not there.</summary>
    public static string Folder
    {
        get
        {
            if (Root.Value is { } root)
            {
                return root;
            }

            var message = "The HSDS 3.0 reference data (shared/data/standards/hsds) was not found above " + AppContext.BaseDirectory;
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message);
            }

            Assert.Skip(message);
            return "";
        }
    }

    /// <summary>Errors of <paramref name="node"/> against <c>schema/compiled/&lt;name&gt;.json</c>.</summary>
    public static IReadOnlyList<string> CheckCompiled(JsonNode? node, string name)
    {
        JsonSchema schema;
        lock (Gate)
        {
            if (!Compiled.TryGetValue(name, out schema!))
            {
                schema = JsonSchema.FromFile(Path.Combine(Folder, "schema", "compiled", name + ".json"));
                Compiled[name] = schema;
            }
        }

        return Errors(schema.Evaluate(node, new EvaluationOptions { OutputFormat = OutputFormat.List }));
    }

    /// <summary>Errors of <paramref name="node"/> against the per-table schema <c>schema/&lt;name&gt;.json</c> (refs resolved by file name).</summary>
    public static IReadOnlyList<string> CheckTable(JsonNode? node, string name)
    {
        var options = Tables();
        var schema = (JsonSchema)options.SchemaRegistry.Get(new Uri(Path.Combine(Folder, "schema", name + ".json")))!;
        return Errors(schema.Evaluate(node, options));
    }

    /// <summary>Errors of a list response: the <c>Page</c> envelope of openapi.json, and every item of <c>contents</c>.</summary>
    public static IReadOnlyList<string> CheckPage(JsonNode? node, Func<JsonNode?, IReadOnlyList<string>> item)
    {
        lock (Gate)
        {
            if (_page is null)
            {
                var openapi = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "schema", "openapi.json")))!;
                _page = JsonSchema.FromText(openapi["components"]!["schemas"]!["Page"]!.ToJsonString());
            }
        }

        var errors = Errors(_page.Evaluate(node, new EvaluationOptions { OutputFormat = OutputFormat.List })).ToList();
        foreach (var (entry, index) in (node?["contents"]?.AsArray() ?? []).Select((e, i) => (e, i)))
        {
            errors.AddRange(item(entry).Select(e => $"contents/{index}: {e}"));
        }

        return errors;
    }

    private static EvaluationOptions Tables()
    {
        lock (Gate)
        {
            if (_tables is null)
            {
                var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
                foreach (var file in Directory.EnumerateFiles(Path.Combine(Folder, "schema"), "*.json").Where(f => !f.EndsWith("openapi.json", StringComparison.Ordinal)))
                {
                    options.SchemaRegistry.Register(JsonSchema.FromFile(file));
                }

                _tables = options;
            }

            return _tables;
        }
    }

    private static List<string> Errors(EvaluationResults results) =>
        results.IsValid
            ? []
            : [.. results.Details.Prepend(results).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
}
