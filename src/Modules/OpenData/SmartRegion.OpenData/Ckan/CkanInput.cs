using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SmartRegion.OpenData.Ckan;

/// <summary>
/// The parameters of a CKAN action, as CKAN takes them: from the query string of a GET, or from the JSON object (or the
/// form) of a POST.
/// </summary>
internal sealed class CkanInput
{
    private readonly Dictionary<string, JsonElement> _json;
    private readonly Dictionary<string, string?> _text;

    private CkanInput(Dictionary<string, JsonElement> json, Dictionary<string, string?> text)
    {
        _json = json;
        _text = text;
    }

    /// <summary>Null when a POST body is not a JSON object.</summary>
    public static async Task<CkanInput?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.Ordinal);
        var json = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (HttpMethods.IsPost(request.Method))
        {
            if (request.HasJsonContentType())
            {
                try
                {
                    using var document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
                    if (document.RootElement.ValueKind != JsonValueKind.Object)
                    {
                        return null;
                    }

                    foreach (var property in document.RootElement.EnumerateObject())
                    {
                        json[property.Name] = property.Value.Clone();
                    }
                }
                catch (JsonException)
                {
                    return null;
                }
            }
            else if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(cancellationToken);
                foreach (var field in form)
                {
                    text[field.Key] = field.Value.ToString();
                }
            }
        }

        return new CkanInput(json, text);
    }

    public static CkanInput FromJson(JsonElement body)
    {
        var json = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in body.EnumerateObject())
        {
            json[property.Name] = property.Value.Clone();
        }

        return new CkanInput(json, []);
    }

    public bool Flag(string key) => Text(key)?.Trim().ToLowerInvariant() is "true" or "1" or "yes" or "on";

    public bool Has(string key) => _json.ContainsKey(key) || _text.ContainsKey(key);

    public IEnumerable<string> Keys => _json.Keys.Concat(_text.Keys).Distinct();

    /// <summary>The value as text: a JSON string's content, other JSON as written; null when absent or JSON null.</summary>
    public string? Text(string key) =>
        _json.TryGetValue(key, out var element)
            ? element.ValueKind switch
            {
                JsonValueKind.String => element.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => element.GetRawText(),
            }
            : _text.GetValueOrDefault(key);

    /// <summary>The value as JSON: a JSON body's element, or query text parsed as JSON (CKAN passes lists so).</summary>
    public JsonElement? Json(string key)
    {
        if (_json.TryGetValue(key, out var element))
        {
            return element;
        }

        var text = _text.GetValueOrDefault(key);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(text);
        }
    }
}
