using System.Text.Json;

namespace SmartRegion.TestKit;

/// <summary>What the platform's OpenAPI document says an endpoint answers.</summary>
public static class OpenApiAnswers
{
    /// <summary>The documented status codes of <paramref name="method"/> on <paramref name="path"/>, in order, and for each whether it is documented as problem details.</summary>
    public static async Task<IReadOnlyList<(string Status, bool IsProblem)>> OfAsync(HttpClient client, string path, string method)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var responses = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");
        return [.. responses.EnumerateObject()
            .Select(r => (r.Name, r.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out _)))
            .OrderBy(r => r.Name, StringComparer.Ordinal)];
    }
}
