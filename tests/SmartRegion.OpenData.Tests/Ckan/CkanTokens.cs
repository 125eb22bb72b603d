using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.OpenData.ApiTokens;
using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Ckan;

/// <summary>API tokens and CKAN calls made with them, as a program (not a browser) makes them.</summary>
internal static class CkanTokens
{
    /// <summary>A token of the municipality issued through the staff API by one of its staff, and its secret.</summary>
    public static async Task<string> IssueAsync(SmartRegionHost host, string persona, string ags)
    {
        using var staff = host.CreateBrowserClient();
        await Personas.SignInAsync(host, staff, persona);
        using var response = await staff.PostAsJsonAsync("/api/opendata/tokens", new { municipalityAgs = ags, name = "Fachverfahren " + ags });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, string action, object body, string? token, bool bearer = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/3/action/" + action, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", bearer ? "Bearer " + token : token);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient client, string action, string query, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/3/action/{action}?{query}", UriKind.Relative));
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", token);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(HttpClient client, string packageId, string fileName, byte[] content, string token)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "upload", fileName);
        form.Add(new StringContent(packageId), "package_id");
        form.Add(new StringContent("Daten als Datei"), "name");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/3/action/resource_create", UriKind.Relative)) { Content = form };
        request.Headers.TryAddWithoutValidation("Authorization", token);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>A complete dataset dictionary (with a link resource) of the organisation.</summary>
    public static Dictionary<string, object?> Complete(string name, string? ownerOrg = "hoechberg", string licence = "cc-by/4.0") => new()
    {
        ["name"] = name,
        ["title"] = "Baumkataster " + name,
        ["notes"] = "Alle Bäume im Gemeindegebiet mit Art, Pflanzjahr und Lage.",
        ["owner_org"] = ownerOrg,
        ["license_id"] = licence,
        ["maintainer"] = "Bauhof",
        ["maintainer_email"] = "bauhof@beispiel.de",
        ["tags"] = new[] { new { name = "Bäume" }, new { name = "Umwelt" } },
        ["groups"] = new[] { new { name = "envi" } },
        ["extras"] = new[]
        {
            new { key = "licenseAttributionByText", value = "Markt Höchberg, Bauhof" },
            new { key = "temporal_start", value = "2024-01-01" },
            new { key = "frequency", value = "http://publications.europa.eu/resource/authority/frequency/ANNUAL" },
            new { key = "spatial_keys", value = "09679147" },
        },
        ["resources"] = new[] { new { url = "https://daten.beispiel.de/baeume.csv", name = "Bäume als CSV", format = "CSV" } },
    };

    public static async Task<(int Datasets, int Distributions, int Files)> CountsAsync(SmartRegionHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDb>();
        var folder = Path.Combine(host.DataPath, "opendata", "files");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length : 0;
        return (db.Datasets.Count(), db.Distributions.Count(), files);
    }

    public static async Task<ApiToken> StoredAsync(SmartRegionHost host, string secret)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var hash = ApiToken.Hash(secret);
        return scope.ServiceProvider.GetRequiredService<OpenDataDb>().ApiTokens.Single(t => t.SecretHash == hash);
    }
}
