using System.Net;
using System.Net.Http.Json;
using System.Text;
using SmartRegion.OpenData.Tests.Features;
using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Maps;

/// <summary>The map preview of a GeoJSON file without a tile server: an SVG drawn on the server and a table of the features.</summary>
public sealed class MapPageTests(OpenDataHost host) : IntegrationTest<OpenDataHost>(host), IClassFixture<OpenDataHost>
{
    [Fact]
    public async Task the_playground_map_draws_one_circle_per_feature_and_lists_the_features_in_a_table()
    {
        var id = await SeededMaps.DistributionAsync(Host, "spielplaetze-rimpar", "GEOJSON");

        var page = await GetPageAsync($"/daten/karten/{id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var svg = page.Document.QuerySelector("figure svg[role=img]")!;
        Assert.Equal($"{svg.QuerySelector("title")!.Id} {svg.QuerySelector("desc")!.Id}", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Karte: Spielplätze (GeoJSON)", svg.QuerySelector("title")!.TextContent);
        Assert.StartsWith("3 Objekte mit 3 Punkten, 0 Linien und 0 Flächen", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, svg.QuerySelectorAll("g.sr-map__feature").Length);
        Assert.Equal(3, svg.QuerySelectorAll("circle.sr-map__point").Length);
        var viewBox = svg.GetAttribute("viewBox")!.Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.All(svg.QuerySelectorAll("circle"), c =>
        {
            var (x, y) = (double.Parse(c.GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture), double.Parse(c.GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.InRange(x, 0, viewBox[2]);
            Assert.InRange(y, 0, viewBox[3]);
        });
        var region = page.Document.QuerySelector("section[aria-labelledby=objekte] div.kern-table-responsive[role=region]")!;
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.Equal("Die ersten 3 von 3 Objekten", region.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Nr.", "Geometrie", "Kennung", "name"], region.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["1", "Punkt", "S1", "Spielplatz am Schlossgraben"], region.QuerySelectorAll("tbody tr")[0].Children.Select(c => c.TextContent));
    }

    [Fact]
    public async Task the_numbers_on_the_map_are_the_numbers_of_the_table_rows()
    {
        var id = await SeededMaps.DistributionAsync(Host, "wahllokale-hoechberg", "GEOJSON");

        var page = await GetPageAsync($"/daten/karten/{id}");

        var svg = page.Document.QuerySelector("figure svg.sr-map")!;
        var rows = page.Document.QuerySelectorAll("section[aria-labelledby=objekte] tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td:last-child")!.TextContent);
        var badges = svg.QuerySelectorAll("g.sr-map__badge").Select(b => b.QuerySelector("text")!.TextContent).ToList();
        Assert.NotEmpty(badges);
        Assert.All(badges, n => Assert.True(rows.ContainsKey(n), $"Badge {n} has no row."));
        Assert.Equal(badges.Count, badges.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("Rathaus Höchberg", rows["1"]);
        Assert.Contains("Nummern in der Karte sind die Nummern in der ersten Spalte der Tabelle", page.Document.QuerySelector("figure figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_map_is_drawn_over_the_municipality_boundaries_with_names_scale_bar_north_arrow_and_attribution()
    {
        var id = await SeededMaps.DistributionAsync(Host, "spielplaetze-rimpar", "GEOJSON");

        var page = await GetPageAsync($"/daten/karten/{id}");

        var svg = page.Document.QuerySelector("figure svg.sr-map")!;
        Assert.Equal("320", svg.GetAttribute("viewBox")!.Split(' ')[2]);
        Assert.NotEmpty(svg.QuerySelectorAll("g.sr-map__areas path.sr-map__area"));
        Assert.Contains("Rimpar", svg.QuerySelectorAll("text.sr-map__name").Select(t => t.TextContent));
        Assert.Matches("^[0-9]+ (k)?m$", svg.QuerySelector("g.sr-map__scale text")!.TextContent);
        Assert.NotNull(svg.QuerySelector("g.sr-map__north path"));
        Assert.Contains("© GeoBasis-DE / BKG (2021)", page.Document.QuerySelector("figure .sr-map-attribution")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("die Grenzen der Kommunen", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task without_a_tile_server_the_map_has_no_style_attribute_and_no_address_of_another_origin()
    {
        var id = await SeededMaps.DistributionAsync(Host, "spielplaetze-rimpar", "GEOJSON");

        var page = await GetPageAsync($"/daten/karten/{id}");
        var html = await page.Response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var svg = page.Document.QuerySelector("figure svg")!;
        Assert.Empty(page.Document.QuerySelectorAll("[style]"));
        Assert.Empty(svg.QuerySelectorAll("image"));
        Assert.NotEmpty(svg.QuerySelectorAll("path.sr-map__area"));
        Assert.DoesNotContain("http", svg.OuterHtml.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data:;", page.Response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_dataset_pages_link_tables_to_their_preview_and_geojson_to_the_map()
    {
        var csv = await SeededMaps.DistributionAsync(Host, "wahllokale-hoechberg", "CSV");
        var geojson = await SeededMaps.DistributionAsync(Host, "wahllokale-hoechberg", "GEOJSON");

        var page = await GetPageAsync("/daten/wahllokale-hoechberg");

        var preview = page.Document.QuerySelector($"a[href='/daten/tabellen/{csv}']")!;
        var map = page.Document.QuerySelector($"a[href='/daten/karten/{geojson}']")!;
        Assert.Equal("Vorschau und Diagramm: Wahllokale (CSV)", preview.TextContent);
        Assert.Equal("Karte: Wahllokale (GeoJSON)", map.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await GetPageAsync($"/daten/karten/{geojson}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetPageAsync($"/daten/tabellen/{csv}")).Status);
    }

    [Theory]
    [InlineData("kaputt.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",", "kein gültiges JSON (Fehler in Zeile 1)")]
    [InlineData("utm.geojson", "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[566000,5516000]}}", "außerhalb von WGS84")]
    [InlineData("breite.geojson", "{\"type\":\"Point\",\"coordinates\":[9.9,91]}", "außerhalb von WGS84")]
    [InlineData("linie.geojson", "{\"type\":\"LineString\",\"coordinates\":[[9.9,49.8]]}", "Die Geometrie von Objekt 1 (Typ LineString)")]
    [InlineData("typ.geojson", "{\"type\":\"Topology\",\"objects\":{}}", "kein GeoJSON: Als Typ steht dort „Topology“")]
    [InlineData("kreis.geojson", "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Circle\",\"coordinates\":[9.9,49.8]}}", "unbekannten Geometrietyp „Circle“")]
    [InlineData("leer.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}", "keine Geometrie")]
    public async Task a_file_that_cannot_be_drawn_shows_why_instead_of_an_error_page(string fileName, string content, string reason)
    {
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var dataset = await CatalogueApi.CreateAsync(Client, CatalogueApi.Complete(Personas.Hoechberg, "Kaputte Karte"));
        using var upload = await CatalogueApi.UploadAsync(Client, dataset, fileName, Encoding.UTF8.GetBytes(content));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var id = (await upload.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();

        var page = await GetPageAsync($"/daten/karten/{id}");

        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Contains(reason, page.Document.QuerySelector("main [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main svg"));
        Assert.NotNull(page.Document.QuerySelector($"main a[href='/daten/{dataset}/dateien/{id}']"));
    }

    [Fact]
    public async Task a_drafts_map_and_a_file_that_is_not_geojson_are_not_found_for_the_public()
    {
        await Personas.SignInAsync(Host, Client, Personas.StaffHoechberg);
        var dataset = await CatalogueApi.CreateAsync(Client, CatalogueApi.Complete(Personas.Hoechberg, "Entwurf mit Karte"));
        using var upload = await CatalogueApi.UploadAsync(Client, dataset, "punkt.geojson", "{\"type\":\"Point\",\"coordinates\":[9.9,49.8]}"u8.ToArray());
        var id = (await upload.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
        var csv = await SeededMaps.DistributionAsync(Host, "einwohner-der-gemeinden", "CSV");
        using var anonymous = Host.CreateBrowserClient();

        Assert.Equal(HttpStatusCode.OK, (await GetPageAsync($"/daten/karten/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.LoadAsync(anonymous, $"/daten/karten/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.LoadAsync(anonymous, $"/daten/karten/{csv}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.LoadAsync(anonymous, "/daten/karten/gibt-es-nicht")).Status);
    }
}
