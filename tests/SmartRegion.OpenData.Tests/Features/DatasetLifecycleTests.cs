using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Features;

/// <summary>Staff create, describe, fill, publish and withdraw a dataset; the catalogue and its RDF follow.</summary>
public sealed class DatasetLifecycleTests(OpenDataHost host) : IntegrationTest<OpenDataHost>(host), IClassFixture<OpenDataHost>
{
    [Fact]
    public async Task a_draft_is_not_in_the_catalogue_until_it_is_published_and_leaves_it_when_withdrawn()
    {
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var id = await CatalogueApi.CreateAsync(Client, CatalogueApi.Complete(Personas.Hoechberg, "Friedhofsgebühren Höchberg"));
        using var upload = await CatalogueApi.UploadAsync(Client, id, "gebuehren.csv", "leistung;euro\nGrab;800\n"u8.ToArray());
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.DoesNotContain("Friedhofsgebühren", await Client.GetStringAsync(new Uri("/catalog.ttl", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(new Uri($"/dataset/{id}.ttl", UriKind.Relative))).StatusCode);

        using var publish = await Client.PostAsync(new Uri($"/api/opendata/datasets/{id}/publish", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Contains("Friedhofsgebühren Höchberg", await Client.GetStringAsync(new Uri("/catalog.ttl", UriKind.Relative)), StringComparison.Ordinal);
        var anonymous = Host.CreateBrowserClient();
        var page = await HtmlPage.LoadAsync(anonymous, "/daten?q=Friedhof");
        Assert.Contains(page.Document.QuerySelectorAll("main h3 a"), a => a.TextContent == "Friedhofsgebühren Höchberg");

        using var withdraw = await Client.PostAsync(new Uri($"/api/opendata/datasets/{id}/withdraw", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);
        Assert.DoesNotContain("Friedhofsgebühren", await Client.GetStringAsync(new Uri("/catalog.ttl", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri($"/dataset/{id}.jsonld", UriKind.Relative))).StatusCode);
        using var again = await Client.PostAsync(new Uri($"/api/opendata/datasets/{id}/withdraw", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Theory]
    [InlineData("de-DE", "Lizenz", "Mindestens eine Datei")]
    [InlineData("en", "Licence", "At least one file")]
    public async Task publishing_without_mandatory_fields_lists_what_is_missing_in_plain_words(string language, string licence, string distribution)
    {
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var id = await CatalogueApi.CreateAsync(Client, new { municipalityAgs = Personas.Hoechberg, title = "Nur ein Titel" });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/opendata/datasets/{id}/publish", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(language);

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["Description", "Licence", "Distributions"], errors.EnumerateObject().Select(e => e.Name));
        Assert.StartsWith(licence, errors.GetProperty("Licence")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith(distribution, errors.GetProperty("Distributions")[0].GetString(), StringComparison.Ordinal);
        var details = await Client.GetFromJsonAsync<JsonElement>($"/api/opendata/datasets/{id}");
        Assert.Equal("draft", details.GetProperty("status").GetString());
    }

    [Fact]
    public async Task an_uploaded_file_is_stored_with_its_sha256_and_downloads_with_its_type_and_name()
    {
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var id = await CatalogueApi.CreateAsync(Client, CatalogueApi.Complete(Personas.Hoechberg));
        var content = "{\"type\":\"FeatureCollection\",\"features\":[]}"u8.ToArray();
        using var upload = await CatalogueApi.UploadAsync(Client, id, "orte.geojson", content, "Orte");
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var item = await upload.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("GEOJSON", item.GetProperty("format").GetString());
        Assert.Equal("application/geo+json", item.GetProperty("mediaType").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), item.GetProperty("sha256").GetString());
        Assert.Equal(content.Length, item.GetProperty("byteSize").GetInt64());
        await Client.PostAsync(new Uri($"/api/opendata/datasets/{id}/publish", UriKind.Relative), null);

        using var download = await Host.CreateBrowserClient().GetAsync(new Uri($"/daten/{id}/dateien/{item.GetProperty("id").GetGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/geo+json", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("orte.geojson", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task publishing_withdrawing_and_changing_the_contact_point_are_in_the_audit_log()
    {
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var id = await CatalogueApi.PublishedAsync(Client, Personas.Hoechberg);
        var body = CatalogueApi.Complete(Personas.Hoechberg);
        using var edit = await Client.PutAsJsonAsync($"/api/opendata/datasets/{id}",
            new { title = "Haushaltsplan 2025", description = "Neu.", licence = "dl-by-de/2.0", attributionText = "Gemeinde", contactEmail = "neu@beispiel.de" });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        await Client.PostAsync(new Uri($"/api/opendata/datasets/{id}/withdraw", UriKind.Relative), null);

        Assert.Equal(["datasets.created", "datasets.published", "datasets.contact-changed", "datasets.withdrawn"], await AuditTrail.ActionsOnAsync(Host, id.ToString()));
    }

    [Fact]
    public async Task a_published_dataset_cannot_lose_a_mandatory_field()
    {
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var id = await CatalogueApi.PublishedAsync(Client, Personas.Hoechberg);

        using var edit = await Client.PutAsJsonAsync($"/api/opendata/datasets/{id}", new { title = "Haushaltsplan 2025", description = "", licence = "dl-by-de/2.0", attributionText = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.True((await edit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Description", out _));
        var details = await Client.GetFromJsonAsync<JsonElement>($"/api/opendata/datasets/{id}");
        Assert.Equal("Der Haushaltsplan der Gemeinde mit allen Einnahmen und Ausgaben.", details.GetProperty("description").GetString());
    }

    [Fact]
    public async Task modified_since_keeps_only_datasets_changed_since_then_and_bad_values_are_problems()
    {
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        DateTimeOffset seeded;
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            seeded = (await scope.ServiceProvider.GetRequiredService<OpenDataDb>().Datasets.Select(d => d.Modified).ToListAsync()).Max();
        }

        await CatalogueApi.PublishedAsync(Client, Personas.Hoechberg, "Neu geändert");
        var since = Uri.EscapeDataString(seeded.AddMilliseconds(1).ToString("o", System.Globalization.CultureInfo.InvariantCulture));

        var turtle = await Client.GetStringAsync(new Uri($"/catalog.ttl?modified_since={since}", UriKind.Relative));
        var everything = await Client.GetStringAsync(new Uri("/catalog.ttl?modified_since=2000-01-01", UriKind.Relative));

        Assert.Contains("Neu geändert", turtle, StringComparison.Ordinal);
        Assert.Contains("hydra:totalItems \"1\"^^xsd:integer", turtle, StringComparison.Ordinal);
        Assert.Contains("Einwohnerzahlen der Gemeinden", everything, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync(new Uri("/catalog.ttl?modified_since=gestern", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync(new Uri("/catalog.jsonld?page=0", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(new Uri("/catalog.rdf?page=9", UriKind.Relative))).StatusCode);
    }
}
