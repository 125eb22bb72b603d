using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace SmartRegion.OpenData.Tests.Tabular;

/// <summary>Calls CKAN actions and unwraps the envelope.</summary>
internal static class Ckan
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient client, string action, string query)
    {
        var response = await client.GetAsync(new Uri($"/api/3/action/{action}?{query}", UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken));
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, string action, object body)
    {
        var response = await client.PostAsJsonAsync(new Uri($"/api/3/action/{action}", UriKind.Relative), body, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken));
    }

    /// <summary>The result of a successful call (asserts success).</summary>
    public static async Task<JsonElement> ResultAsync(HttpClient client, string action, string query)
    {
        var (status, body) = await GetAsync(client, action, query);
        Assert.True(status == HttpStatusCode.OK, $"{action}?{query} answered {status}: {body}");
        Assert.True(body.GetProperty("success").GetBoolean());
        return body.GetProperty("result");
    }

    public static string Q(string value) => Uri.EscapeDataString(value);

    public static string[] FieldTypes(JsonElement result) =>
        [.. result.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("id").GetString() + ":" + f.GetProperty("type").GetString())];

    /// <summary>Every message of the error object, joined.</summary>
    public static string ErrorText(JsonElement body) => string.Join(" ", body.GetProperty("error").EnumerateObject()
        .SelectMany(p => p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().Select(v => v.GetString()) : [p.Value.GetString()]));
}
