using System.Globalization;
using System.Text;
using CsCheck;
using SmartRegion.OpenData.Maps;
using SmartRegion.TestKit;
using SmartRegion.Ui.Maps;

namespace SmartRegion.OpenData.Tests.Fuzzing;

/// <summary>
/// The GeoJSON preview under hostile files: GeoJSON-shaped trees with wrong types, absurd numbers and deep nesting,
/// broken JSON and random bytes. Reading either yields a document that draws, or refuses with a
/// <see cref="GeoJsonException"/> (the page shows its message); any other exception would be a server error.
/// </summary>
public sealed class GeoJsonFuzzTests
{
    private static readonly string[] Types = ["FeatureCollection", "Feature", "Point", "MultiPoint", "LineString", "MultiLineString",
        "Polygon", "MultiPolygon", "GeometryCollection", "Topology", "", "point"];

    private static readonly string[] Keys = ["type", "features", "geometry", "geometries", "coordinates", "properties", "id", "bbox", "crs"];

    private static readonly Gen<string> Number = Gen.Frequency(
        (4, Gen.Double[-200, 200].Select(d => d.ToString("R", CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("0", "-0", "1e308", "-1e308", "1e309", "4.9e-324", "180", "-180", "90", "-90", "85.0511287798", "123456789012345678901234567890")),
        (1, Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "0")));

    private static Gen<string> Json(int depth)
    {
        var scalar = Gen.Frequency(
            (4, Number),
            (2, Gen.OneOf(Types).Select(t => "\"" + t + "\"")),
            (1, Gen.OneOf("null", "true", "false", "\"\"", "\"\\u0000\"", "\"\\ud800\"")),
            (1, Hostile.Text.Select(t => System.Text.Json.JsonSerializer.Serialize(t))));
        if (depth == 0)
        {
            return scalar;
        }

        var inner = Json(depth - 1);
        var array = inner.Array[0, 5].Select(items => "[" + string.Join(",", items) + "]");
        var obj = Gen.Select(Gen.OneOf(Keys), inner).Array[0, 5]
            .Select(members => "{" + string.Join(",", members.Select(m => "\"" + m.Item1 + "\":" + m.Item2)) + "}");
        return Gen.Frequency((2, scalar), (3, array), (3, obj));
    }

    /// <summary>A valid document with one character replaced, cut short, or nested far too deep.</summary>
    private static readonly Gen<string> Mutated = Gen.Select(Gen.Int[0, 400], Gen.Char[Hostile.Characters], Gen.Int[0, 2]).Select((at, c, how) =>
    {
        const string valid = """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"n":"a"},"geometry":{"type":"Polygon","coordinates":[[[9.9,49.7],[9.98,49.7],[9.98,49.8],[9.9,49.7]]]}},{"type":"Feature","properties":null,"geometry":{"type":"Point","coordinates":[9.93,49.79]}}]}""";
        var i = at % valid.Length;
        return how switch
        {
            0 => string.Concat(valid.AsSpan(0, i), c.ToString(), valid.AsSpan(i + 1)),
            1 => valid[..i],
            _ => """{"type":"Point","coordinates":""" + new string('[', at) + "9.9,49.7" + new string(']', at) + "}",
        };
    });

    private static readonly Gen<byte[]> Files = Gen.Frequency(
        (5, Json(5).Select(Encoding.UTF8.GetBytes)),
        (3, Mutated.Select(Encoding.UTF8.GetBytes)),
        (1, Gen.Byte.Array[0, 300]));

    [Fact]
    public void hostile_geojson_is_drawn_or_refused_with_a_reason_and_never_throws_anything_else()
    {
        Check.Sample(Files, bytes =>
        {
            var options = new MapOptions();
            GeoDocument document;
            try
            {
                document = new GeoJsonReader(options).ReadAsync(new MemoryStream(bytes), CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (GeoJsonException)
            {
                return;
            }

            var picture = FeatureMap.Picture(document, new MapLayout(document.Min, document.Max, options), new RegionBasemap([], "©"), 100, "Titel", "Text");
            var svg = MapSvg.Render(picture);
            Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
            Assert.DoesNotContain("Infinity", svg, StringComparison.Ordinal);
        }, seed: FuzzBudget.Seed, iter: FuzzBudget.Iterations(2000), time: FuzzBudget.Seconds, threads: 1, print: b => Encoding.UTF8.GetString(b));
    }
}
