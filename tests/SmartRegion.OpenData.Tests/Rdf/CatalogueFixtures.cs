using SmartRegion.OpenData.Tests.Features;
using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Rdf;

/// <summary>Datasets created through the API whose texts and links test every escape the writers need.</summary>
internal static class CatalogueFixtures
{
    /// <summary>Quotes, backslashes, angle brackets, ampersands, line breaks, tabs, umlauts and a character outside the BMP.</summary>
    public const string Awkward = "Messwerte \"Main\" \\ <Pegel> & 'Tiefe'\nzweite Zeile\r\ndritte\tSpalte – Größe 🌊";

    public static async Task<Guid> PublishAwkwardDatasetAsync(SmartRegionHost host, HttpClient client)
    {
        await Personas.SignInAsync(host, client, Personas.StaffHoechberg);
        var id = await CatalogueApi.CreateAsync(client, new
        {
            municipalityAgs = Personas.Hoechberg,
            title = "Pegel \"Main\" & <Nebenflüsse> 🌊",
            description = Awkward,
            keywords = new[] { "Wasser \"Stand\"", "Pegel\\Messung" },
            themes = new[] { "ENVI" },
            publisherName = "Bauamt \"Tiefbau\" & Wasser",
            contactName = "Bauamt <Tiefbau>",
            contactEmail = "tiefbau@hoechberg.example",
            licence = "cc-by/4.0",
            attributionText = "Markt Höchberg – \"Bauamt\"",
            temporalStart = "2024-01-01",
            spatial = new[] { Personas.Hoechberg, "09679" },
            frequency = "DAILY",
        });
        using var upload = await CatalogueApi.UploadAsync(client, id, "pegel & stände.json", "{\"pegel\": [1.2, 1.3]}"u8.ToArray(), "Pegel \"JSON\"");
        Assert.Equal(System.Net.HttpStatusCode.Created, upload.StatusCode);
        using var link = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(client, $"/api/opendata/datasets/{id}/distributions/links",
            new { title = "Karte (WMS)", url = "https://geo.example.org/wms?SERVICE=WMS&REQUEST=GetCapabilities&name=Höhe ü. NN", format = "WMS_SRVC" });
        Assert.Equal(System.Net.HttpStatusCode.Created, link.StatusCode);
        using var publish = await client.PostAsync(new Uri($"/api/opendata/datasets/{id}/publish", UriKind.Relative), null);
        Assert.Equal(System.Net.HttpStatusCode.OK, publish.StatusCode);
        return id;
    }
}
