using System.Text;
using SmartRegion.OpenData.Maps;

namespace SmartRegion.OpenData.Tests.Maps;

/// <summary>Every GeoJSON geometry type is read and drawn; limits and broken input are refused with a reason.</summary>
public sealed class GeoJsonReaderTests
{
    private const string AllTypes = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","id":1,"properties":{"name":"Punkt","hoehe":212.5,"offen":true},"geometry":{"type":"Point","coordinates":[9.93,49.79,180]}},
          {"type":"Feature","properties":{"name":"Punkte"},"geometry":{"type":"MultiPoint","coordinates":[[9.94,49.8],[9.95,49.81]]}},
          {"type":"Feature","properties":{"name":"Linie"},"geometry":{"type":"LineString","coordinates":[[9.9,49.78],[9.96,49.8]]}},
          {"type":"Feature","properties":{"name":"Linien"},"geometry":{"type":"MultiLineString","coordinates":[[[9.9,49.79],[9.91,49.8]],[[9.92,49.79],[9.93,49.8]]]}},
          {"type":"Feature","properties":{"name":"Hof mit Brunnen"},"geometry":{"type":"Polygon","coordinates":[
            [[9.90,49.76],[9.98,49.76],[9.98,49.82],[9.90,49.82],[9.90,49.76]],
            [[9.92,49.78],[9.94,49.78],[9.94,49.80],[9.92,49.78]]]}},
          {"type":"Feature","properties":{"name":"Inseln"},"geometry":{"type":"MultiPolygon","coordinates":[
            [[[9.85,49.75],[9.86,49.75],[9.86,49.76],[9.85,49.75]]],[[[9.87,49.75],[9.88,49.75],[9.88,49.76],[9.87,49.75]]]]}},
          {"type":"Feature","properties":{"name":"Sammlung","tags":["a","b"]},"geometry":{"type":"GeometryCollection","geometries":[
            {"type":"Point","coordinates":[9.99,49.83]},{"type":"LineString","coordinates":[[9.99,49.83],[10.0,49.84]]}]}},
          {"type":"Feature","properties":{"name":"ohne Lage"},"geometry":null}
        ]}
        """;

    private static Task<GeoDocument> ReadAsync(string json, MapOptions? options = null) =>
        new GeoJsonReader(options ?? new MapOptions()).ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), CancellationToken.None);

    [Fact]
    public async Task every_geometry_type_is_read_with_its_parts_and_properties()
    {
        var document = await ReadAsync(AllTypes);

        Assert.Equal(8, document.Features.Count);
        Assert.Equal(4, document.PointCount);
        Assert.Equal(4, document.LineCount);
        Assert.Equal(3, document.PolygonCount);
        Assert.Equal(2, document.Features[4].Shape.Polygons[0].Length);
        Assert.Equal(["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection", null],
            document.Features.Select(f => f.GeometryType));
        Assert.Equal("1", document.Features[0].Id);
        Assert.Equal([new("name", "Punkt"), new("hoehe", 212.5), new("offen", true)], document.Features[0].Properties);
        Assert.Equal("[\"a\",\"b\"]", document.Features[6].Properties[1].Value);
        Assert.Equal(new GeoPosition(9.85, 49.75), document.Min);
        Assert.Equal(new GeoPosition(10.0, 49.84), document.Max);
    }

    [Fact]
    public async Task the_svg_draws_a_group_per_feature_with_holes_as_subpaths_and_stays_inside_the_view()
    {
        var document = await ReadAsync(AllTypes);
        var layout = new MapLayout(document.Min, document.Max, new MapOptions());
        var picture = FeatureMap.Picture(document, layout, new SmartRegion.Ui.Maps.RegionBasemap([], "©"), 100, "Titel", "Text");

        var svg = System.Xml.Linq.XElement.Parse(SmartRegion.Ui.Maps.MapSvg.Render(picture));

        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2000/svg";
        var groups = svg.Descendants(ns + "g").Where(g => (string?)g.Attribute("class") == "sr-map__feature").ToList();
        Assert.Equal(7, groups.Count);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], groups.Select(g => (string)g.Attribute("data-number")!));
        var yard = groups[4].Element(ns + "path")!;
        Assert.Equal("sr-map__data-area", (string?)yard.Attribute("class"));
        Assert.Equal(2, ((string)yard.Attribute("d")!).Split('M').Length - 1);
        Assert.Equal(2, groups[1].Elements(ns + "circle").Count());
        Assert.Equal(["sr-map__data-line", "sr-map__point"], groups[6].Elements().Select(e => (string)e.Attribute("class")!));
        Assert.Null(svg.Descendants().FirstOrDefault(e => e.Attribute("style") is not null));
        foreach (var circle in svg.Descendants(ns + "circle"))
        {
            Assert.InRange((double)circle.Attribute("cx")!, 0, layout.Frame.Width);
            Assert.InRange((double)circle.Attribute("cy")!, 0, layout.Frame.Height);
        }
    }

    [Theory]
    [InlineData("[1,2]", "NotGeoJson")]
    [InlineData("{\"type\":\"FeatureCollection\"}", "NoFeatures")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Point\",\"coordinates\":[1,2]}]}", "NotAFeature")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[1,2],[3,4]]]}", "BadGeometry")]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[\"9.9\",\"49.8\"]}", "BadGeometry")]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[-181,0]}", "OutOfRange")]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[0,-90.5]}", "OutOfRange")]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[0,0]", "NotJson")]
    public async Task broken_input_is_refused_with_a_reason(string json, string code)
    {
        var refused = await Assert.ThrowsAsync<GeoJsonException>(() => ReadAsync(json));

        Assert.Equal(code, refused.Code);
    }

    [Fact]
    public async Task too_many_features_or_positions_are_refused()
    {
        var tooMany = await Assert.ThrowsAsync<GeoJsonException>(() => ReadAsync(AllTypes, new MapOptions { MaxFeatures = 3 }));
        var tooLong = await Assert.ThrowsAsync<GeoJsonException>(() => ReadAsync(AllTypes, new MapOptions { MaxPositions = 10 }));

        Assert.Equal("TooManyFeatures", tooMany.Code);
        Assert.Equal("TooManyPositions", tooLong.Code);
    }

    [Fact]
    public void a_tile_address_must_be_absolute_and_name_zoom_and_both_tile_numbers()
    {
        Assert.True(new MapOptions().IsValid);
        Assert.True(new MapOptions { TileUrlTemplate = "https://tile.example.org/{z}/{x}/{y}.png" }.IsValid);
        Assert.False(new MapOptions { TileUrlTemplate = "/tiles/{z}/{x}/{y}.png" }.IsValid);
        Assert.False(new MapOptions { TileUrlTemplate = "https://tile.example.org/{z}/{x}.png" }.IsValid);
        Assert.Equal(new Uri("https://tile.example.org:8443"), new MapOptions { TileUrlTemplate = "https://tile.example.org:8443/{z}/{x}/{y}.png" }.TileOrigin);
    }
}
