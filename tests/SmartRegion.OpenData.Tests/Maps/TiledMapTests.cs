using System.Net;
using System.Text.RegularExpressions;
using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Maps;

/// <summary>With a tile server configured, the map lays whole tiles beneath the geometry and its page alone allows that origin.</summary>
public sealed partial class TiledMapTests(TiledMapHost host) : IntegrationTest<TiledMapHost>(host), IClassFixture<TiledMapHost>
{
    [GeneratedRegex(@"^https://tile\.example\.org/(\d+)/(\d+)/(\d+)\.png$")]
    private static partial Regex TileAddress();

    [Fact]
    public async Task the_map_places_the_covering_tiles_of_one_zoom_level_beneath_the_features_and_shows_the_attribution()
    {
        var id = await SeededMaps.DistributionAsync(Host, "spielplaetze-rimpar", "GEOJSON");

        var page = await GetPageAsync($"/daten/karten/{id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var svg = page.Document.QuerySelector("figure svg")!;
        var tiles = svg.QuerySelectorAll("g.sr-map__tiles image").Select(i => TileAddress().Match(i.GetAttribute("href") ?? "")).ToList();
        Assert.NotEmpty(tiles);
        Assert.All(tiles, t => Assert.True(t.Success));
        Assert.Single(tiles.Select(t => t.Groups[1].Value).Distinct());
        var zoom = int.Parse(tiles[0].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(zoom, 12, 18);
        // Rimpar (about 9.96° E, 49.86° N) lies in these tiles at that zoom.
        var expectedX = (int)Math.Floor((9.96 + 180) / 360 * (1 << zoom));
        Assert.Contains(tiles, t => Math.Abs(int.Parse(t.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - expectedX) <= 1);
        Assert.Empty(svg.QuerySelectorAll("g.sr-map__grid"));
        var layers = svg.Children.Select(c => c.GetAttribute("class")).ToList();
        Assert.True(layers.IndexOf("sr-map__tiles") < layers.IndexOf("sr-map__features"), "Tiles are drawn beneath the features.");
        Assert.Equal(3, svg.QuerySelectorAll("circle.sr-map__point").Length);
        Assert.Contains(TiledMapHost.Attribution, string.Join(" ", page.Document.QuerySelectorAll("figure .sr-map-attribution").Select(p => p.TextContent)), StringComparison.Ordinal);
        Assert.Contains($"Zoomstufe {zoom}", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_map_page_allows_images_from_the_tile_server_and_other_pages_do_not()
    {
        var id = await SeededMaps.DistributionAsync(Host, "spielplaetze-rimpar", "GEOJSON");

        var map = await GetPageAsync($"/daten/karten/{id}");
        var catalogue = await GetPageAsync("/daten");

        Assert.Contains("img-src 'self' data: https://tile.example.org;", map.Response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("tile.example.org", catalogue.Response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
