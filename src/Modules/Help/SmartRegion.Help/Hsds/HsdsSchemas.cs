using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.Extensions.Configuration;

namespace SmartRegion.Help.Hsds;

/// <summary>
/// The official HSDS 3.0 JSON schemas (one per table, <c>service.json</c>, <c>phone.json</c> …), read from the folder
/// the operator configures in <c>Modules:Help:Hsds:SchemaFolder</c>. The product does not ship them (CC BY-SA 4.0);
/// without the setting only the built-in profile checks run.
/// </summary>
internal sealed class HsdsSchemas
{
    public const string SettingName = "Modules:Help:Hsds:SchemaFolder";

    private static readonly Dictionary<string, string> SchemaFiles = new(StringComparer.Ordinal)
    {
        ["organizations"] = "organization.json",
        ["services"] = "service.json",
        ["locations"] = "location.json",
        ["service_at_locations"] = "service_at_location.json",
        ["taxonomy_terms"] = "taxonomy_term.json",
        ["taxonomies"] = "taxonomy.json",
    };

    private readonly Lazy<Loaded?> _loaded;

    static HsdsSchemas() => RegisterFormats();

    public HsdsSchemas(IConfiguration configuration)
        : this(configuration[SettingName])
    {
    }

    public HsdsSchemas(string? folder) => _loaded = new Lazy<Loaded?>(() => Load(folder), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when a schema folder is configured; the official check runs on every import.</summary>
    public bool IsConfigured => _loaded.Value is not null;

    /// <summary>Schema violations of one record of <paramref name="collection"/>, as (JSON pointer inside the record, reason).</summary>
    public IReadOnlyList<(string Pointer, string Reason)> Check(string collection, JsonNode? record)
    {
        if (_loaded.Value is not { } loaded || !loaded.Schemas.TryGetValue(collection, out var schema))
        {
            return [];
        }

        var results = schema.Evaluate(record, loaded.Options);
        if (results.IsValid)
        {
            return [];
        }

        var problems = new List<(string, string)>();
        foreach (var detail in results.Details.Prepend(results))
        {
            if (detail.Errors is { Count: > 0 } errors)
            {
                foreach (var (keyword, message) in errors)
                {
                    problems.Add((detail.InstanceLocation.ToString(), $"HSDS schema ({keyword}): {message}"));
                }
            }
        }

        return problems.Count > 0 ? problems.Distinct().ToList() : [("", "HSDS schema: the record does not match the schema.")];
    }

    /// <summary>
    /// The library checks <c>email</c> with a regular expression that gives up after a fixed time and then calls the
    /// address wrong, so on a busy server a valid record would be refused. The platform's own rule (the one feedback
    /// and accounts use) decides instead: the same answer however busy the machine is.
    /// </summary>
    internal static void RegisterFormats() => Formats.Register(new PredicateFormat("email", IsEmail));

    private static bool IsEmail(JsonNode? node)
    {
        if (node is not JsonValue value || !value.TryGetValue<string>(out var text))
        {
            return true;
        }

        return !text.Any(char.IsControl)
            && System.Net.Mail.MailAddress.TryCreate(text, out var address)
            && address.Address == text
            && address.Host.Contains('.', StringComparison.Ordinal);
    }

    private static Loaded? Load(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }

        var folder = Path.GetFullPath(configured);
        if (File.Exists(Path.Combine(folder, "schema", "service.json")))
        {
            folder = Path.Combine(folder, "schema");
        }

        if (!File.Exists(Path.Combine(folder, "service.json")))
        {
            throw new InvalidOperationException($"{SettingName} is set to '{configured}', but no HSDS 3.0 schema (service.json) is there.");
        }

        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
        {
            if (!Path.GetFileName(file).Equals("openapi.json", StringComparison.Ordinal))
            {
                options.SchemaRegistry.Register(JsonSchema.FromFile(file));
            }
        }

        var schemas = SchemaFiles.ToDictionary(f => f.Key, f => JsonSchema.FromFile(Path.Combine(folder, f.Value)), StringComparer.Ordinal);
        foreach (var schema in schemas.Values)
        {
            options.SchemaRegistry.Register(schema);
        }

        return new Loaded(schemas, options);
    }

    private sealed record Loaded(Dictionary<string, JsonSchema> Schemas, EvaluationOptions Options);
}
