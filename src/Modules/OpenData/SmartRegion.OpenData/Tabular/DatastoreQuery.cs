using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// The parameters of <c>datastore_search</c> as CKAN defines them, read alike from a JSON body (POST) and from the
/// query string (GET, where <c>filters</c> and an object <c>q</c> are JSON text and <c>fields</c> may be comma-separated).
/// Field names are only collected here; they are checked against the table's columns before any SQL is built.
/// </summary>
internal sealed record DatastoreQuery(
    string ResourceId,
    IReadOnlyList<KeyValuePair<string, IReadOnlyList<JsonElement>>> Filters,
    string? Q,
    IReadOnlyList<KeyValuePair<string, string>> QFields,
    IReadOnlyList<string>? Fields,
    string? Sort,
    int Limit,
    int Offset,
    bool IncludeTotal,
    string RecordsFormat)
{
    public const int DefaultLimit = 100;

    public static readonly string[] Formats = ["objects", "lists", "csv"];

    public static DatastoreQuery Simple(string resourceId, int limit) =>
        new(resourceId, [], null, [], null, null, limit, 0, true, "objects");

    /// <summary>The query string of a GET request as the JSON object a POST would send.</summary>
    public static JsonElement FromQueryString(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var body = new JsonObject();
        foreach (var (key, values) in query)
        {
            var value = values.ToString();
            body[key] = key is "filters" || (key is "q" && value.TrimStart().StartsWith('{')) || (key is "fields" && value.TrimStart().StartsWith('['))
                ? TryJson(value) ?? JsonValue.Create(value)
                : JsonValue.Create(value);
        }

        return JsonSerializer.SerializeToElement(body);
    }

    private static JsonNode? TryJson(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static DatastoreQuery? Parse(JsonElement body, int maxLimit, ValidationErrors errors, IStringLocalizer<TabularText> text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(text);
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add("body", text["Query.Body"]);
            return null;
        }

        var resourceId = String(body, "resource_id") ?? String(body, "id");
        errors.AddIf(string.IsNullOrWhiteSpace(resourceId), "resource_id", text["Query.ResourceId"]);

        var filters = new List<KeyValuePair<string, IReadOnlyList<JsonElement>>>();
        if (body.TryGetProperty("filters", out var f) && f.ValueKind is not JsonValueKind.Null)
        {
            if (f.ValueKind != JsonValueKind.Object)
            {
                errors.Add("filters", text["Query.Filters"]);
            }
            else
            {
                foreach (var p in f.EnumerateObject())
                {
                    IReadOnlyList<JsonElement> values = p.Value.ValueKind == JsonValueKind.Array ? [.. p.Value.EnumerateArray()] : [p.Value];
                    errors.AddIf(values.Count == 0 || values.Any(v => v.ValueKind is JsonValueKind.Object or JsonValueKind.Array), "filters", text["Query.FilterValue", p.Name]);
                    filters.Add(new(p.Name, values));
                }
            }
        }

        string? q = null;
        var qFields = new List<KeyValuePair<string, string>>();
        if (body.TryGetProperty("q", out var qe))
        {
            switch (qe.ValueKind)
            {
                case JsonValueKind.String:
                    q = string.IsNullOrWhiteSpace(qe.GetString()) ? null : qe.GetString()!.Trim();
                    break;
                case JsonValueKind.Object:
                    foreach (var p in qe.EnumerateObject())
                    {
                        if (p.Value.ValueKind == JsonValueKind.String)
                        {
                            qFields.Add(new(p.Name, p.Value.GetString()!));
                        }
                        else
                        {
                            errors.Add("q", text["Query.Q"]);
                        }
                    }

                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    errors.Add("q", text["Query.Q"]);
                    break;
            }
        }

        List<string>? fields = null;
        if (body.TryGetProperty("fields", out var fe))
        {
            if (fe.ValueKind == JsonValueKind.String)
            {
                fields = [.. fe.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];
            }
            else if (fe.ValueKind == JsonValueKind.Array && fe.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String))
            {
                // A field named twice is shown once (each record is an object with one key per field).
                fields = [.. fe.EnumerateArray().Select(v => v.GetString()!).Distinct(StringComparer.Ordinal)];
            }
            else if (fe.ValueKind != JsonValueKind.Null)
            {
                errors.Add("fields", text["Query.Fields"]);
            }
        }

        var limit = Integer(body, "limit", DefaultLimit, 0, maxLimit, errors, text);
        var offset = Integer(body, "offset", 0, 0, int.MaxValue, errors, text);
        var includeTotal = Boolean(body, "include_total", true, errors, text);
        var format = String(body, "records_format") ?? "objects";
        errors.AddIf(!Formats.Contains(format), "records_format", text["Query.Format", string.Join(", ", Formats)]);
        var sort = String(body, "sort");
        return errors.IsEmpty
            ? new DatastoreQuery(resourceId!.Trim(), filters, q, qFields, fields, string.IsNullOrWhiteSpace(sort) ? null : sort, limit, offset, includeTotal, format)
            : null;
    }

    /// <summary>The GET address of this search starting at another offset, for <c>_links</c>.</summary>
    public string Link(string path, int? offset)
    {
        var parts = new List<string> { "resource_id=" + Uri.EscapeDataString(ResourceId) };
        if (Filters.Count > 0)
        {
            var obj = new JsonObject();
            foreach (var (field, values) in Filters)
            {
                obj[field] = values.Count == 1 ? JsonNode.Parse(values[0].GetRawText()) : new JsonArray([.. values.Select(v => JsonNode.Parse(v.GetRawText()))]);
            }

            parts.Add("filters=" + Uri.EscapeDataString(obj.ToJsonString()));
        }

        if (Q is not null)
        {
            parts.Add("q=" + Uri.EscapeDataString(Q));
        }
        else if (QFields.Count > 0)
        {
            parts.Add("q=" + Uri.EscapeDataString(new JsonObject([.. QFields.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value))]).ToJsonString()));
        }

        if (Fields is not null)
        {
            parts.Add("fields=" + Uri.EscapeDataString(Fields.Any(f => f.Contains(',', StringComparison.Ordinal)) ? JsonSerializer.Serialize(Fields) : string.Join(',', Fields)));
        }

        if (Sort is not null)
        {
            parts.Add("sort=" + Uri.EscapeDataString(Sort));
        }

        if (Limit != DefaultLimit)
        {
            parts.Add("limit=" + Limit.ToString(CultureInfo.InvariantCulture));
        }

        if (offset is > 0)
        {
            parts.Add("offset=" + offset.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (!IncludeTotal)
        {
            parts.Add("include_total=false");
        }

        if (RecordsFormat != "objects")
        {
            parts.Add("records_format=" + RecordsFormat);
        }

        return path + "?" + string.Join('&', parts);
    }

    private static string? String(JsonElement body, string name) =>
        body.TryGetProperty(name, out var e) ? e.ValueKind switch
        {
            JsonValueKind.String => e.GetString(),
            JsonValueKind.Number => e.GetRawText(),
            _ => null,
        } : null;

    private static int Integer(JsonElement body, string name, int fallback, int min, int max, ValidationErrors errors, IStringLocalizer<TabularText> text)
    {
        if (!body.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null || (e.ValueKind == JsonValueKind.String && e.GetString() is ""))
        {
            return fallback;
        }

        var ok = e.ValueKind == JsonValueKind.Number ? e.TryGetInt32(out var value)
            : int.TryParse(e.ValueKind == JsonValueKind.String ? e.GetString() : null, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        if (!ok || value < min || value > max)
        {
            errors.Add(name, text["Query.Integer", min, max]);
            return fallback;
        }

        return value;
    }

    private static bool Boolean(JsonElement body, string name, bool fallback, ValidationErrors errors, IStringLocalizer<TabularText> text)
    {
        if (!body.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String when bool.TryParse(e.GetString(), out var b):
                return b;
            default:
                errors.Add(name, text["Query.Boolean"]);
                return fallback;
        }
    }
}
