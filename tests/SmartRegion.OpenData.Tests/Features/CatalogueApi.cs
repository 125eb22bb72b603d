using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Features;

/// <summary>Calls of the catalogue's staff API as a signed-in browser client makes them.</summary>
internal static class CatalogueApi
{
    public static object Complete(string ags, string title = "Haushaltsplan 2025") => new
    {
        municipalityAgs = ags,
        title,
        description = "Der Haushaltsplan der Gemeinde mit allen Einnahmen und Ausgaben.",
        keywords = new[] { "Haushalt", "Finanzen" },
        themes = new[] { "ECON", "GOVE" },
        contactName = "Kämmerei",
        contactEmail = "kaemmerei@beispiel.de",
        licence = "dl-by-de/2.0",
        attributionText = "Gemeinde, Kämmerei",
        temporalStart = "2025-01-01",
        temporalEnd = "2025-12-31",
        spatial = new[] { ags },
        frequency = "ANNUAL",
    };

    public static async Task<Guid> CreateAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/opendata/datasets", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Uploads with the antiforgery token of the dataset's page, as its upload form would.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid dataset, string fileName, byte[] content, string? title = null)
    {
        string? token = null;
        // The dataset's own page; for people who may not see it, any form page of theirs (tokens are bound to the person).
        foreach (var url in new[] { $"/verwaltung/daten/{dataset}", "/konto/profil", "/anmelden" })
        {
            var page = await HtmlPage.LoadAsync(client, url);
            token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
            if (token is not null)
            {
                break;
            }
        }

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (title is not null)
        {
            form.Add(new StringContent(title), "title");
        }

        form.Add(new StringContent(token ?? ""), "__RequestVerificationToken");
        return await client.PostAsync(new Uri($"/api/opendata/datasets/{dataset}/distributions/files", UriKind.Relative), form);
    }

    public static async Task<Guid> PublishedAsync(HttpClient client, string ags, string title = "Haushaltsplan 2025")
    {
        var id = await CreateAsync(client, Complete(ags, title));
        using var upload = await UploadAsync(client, id, "haushalt.csv", "konto;betrag\n100;2500,00\n"u8.ToArray());
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        using var publish = await client.PostAsync(new Uri($"/api/opendata/datasets/{id}/publish", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        return id;
    }
}
