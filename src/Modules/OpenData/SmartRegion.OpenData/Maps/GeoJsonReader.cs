using System.Text.Json;

namespace SmartRegion.OpenData.Maps;

/// <summary>
/// Reads a GeoJSON file (RFC 7946) for drawing: a FeatureCollection, a single Feature or a bare geometry, with every
/// geometry type including GeometryCollection. Anything it cannot draw faithfully is refused with the feature's number
/// and the reason: broken JSON, unknown types, malformed coordinates, positions outside WGS84 (a file in another
/// reference system, such as UTM, would otherwise be drawn somewhere absurd), and files past the limits.
/// </summary>
internal sealed class GeoJsonReader(MapOptions limits)
{
    private static readonly JsonDocumentOptions Json = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip };

    private int _positions;
    private int _feature;
    private double _west = double.MaxValue, _south = double.MaxValue, _east = double.MinValue, _north = double.MinValue;

    public async Task<GeoDocument> ReadAsync(Stream content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(content, Json, ct);
        }
        catch (JsonException e)
        {
            throw GeoJsonException.Because(e, "NotJson", (e.LineNumber ?? 0) + 1);
        }

        using (document)
        {
            try
            {
                return Read(document.RootElement);
            }
            catch (InvalidOperationException e)
            {
                // Valid JSON can still hold a string that is not text, such as a lone surrogate escape ("\ud800");
                // reading it throws here, not in the parser (found by fuzzing).
                throw GeoJsonException.Because(e, "NotJson", 1);
            }
        }
    }

    private GeoDocument Read(JsonElement root)
    {
        var features = new List<GeoFeature>();
        switch (TypeOf(root))
        {
            case "FeatureCollection":
                if (!root.TryGetProperty("features", out var list) || list.ValueKind != JsonValueKind.Array)
                {
                    throw GeoJsonException.Because("NoFeatures");
                }

                foreach (var item in list.EnumerateArray())
                {
                    if (features.Count == limits.MaxFeatures)
                    {
                        throw GeoJsonException.Because("TooManyFeatures", limits.MaxFeatures);
                    }

                    features.Add(Feature(item));
                }

                break;
            case "Feature":
                features.Add(Feature(root));
                break;
            case { } type when GeometryTypes.Contains(type):
                _feature = 1;
                features.Add(new GeoFeature(1, null, type, Geometry(root), []));
                break;
            case var type:
                throw GeoJsonException.Because("NotGeoJson", type ?? "–");
        }

        if (features.All(f => f.Shape.IsEmpty))
        {
            throw GeoJsonException.Because("Empty");
        }

        return new GeoDocument(features, _positions, new GeoPosition(_west, _south), new GeoPosition(_east, _north));
    }

    private static readonly HashSet<string> GeometryTypes =
        ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"];

    private static string? TypeOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;

    private GeoFeature Feature(JsonElement element)
    {
        _feature++;
        if (TypeOf(element) != "Feature")
        {
            throw GeoJsonException.Because("NotAFeature", _feature);
        }

        string? id = element.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? (idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : idElement.GetRawText())
            : null;
        var properties = new List<KeyValuePair<string, object?>>();
        if (element.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in props.EnumerateObject())
            {
                properties.Add(new(p.Name, Value(p.Value)));
            }
        }

        if (!element.TryGetProperty("geometry", out var geometry) || geometry.ValueKind == JsonValueKind.Null)
        {
            return new GeoFeature(_feature, id, null, new GeoShape(), properties);
        }

        var type = TypeOf(geometry);
        return new GeoFeature(_feature, id, type, Geometry(geometry), properties);
    }

    private static object? Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var n) ? n : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    private GeoShape Geometry(JsonElement geometry, GeoShape? into = null, int depth = 0)
    {
        var shape = into ?? new GeoShape();
        var type = TypeOf(geometry);
        if (type == "GeometryCollection")
        {
            if (depth > 8 || !geometry.TryGetProperty("geometries", out var parts) || parts.ValueKind != JsonValueKind.Array)
            {
                throw GeoJsonException.Because("BadGeometry", _feature, type);
            }

            foreach (var part in parts.EnumerateArray())
            {
                Geometry(part, shape, depth + 1);
            }

            return shape;
        }

        if (type is null || !GeometryTypes.Contains(type))
        {
            throw GeoJsonException.Because("UnknownGeometry", _feature, type ?? "–");
        }

        if (!geometry.TryGetProperty("coordinates", out var c) || c.ValueKind != JsonValueKind.Array)
        {
            throw GeoJsonException.Because("BadGeometry", _feature, type);
        }

        switch (type)
        {
            case "Point":
                shape.Points.Add(Position(c, type));
                break;
            case "MultiPoint":
                shape.Points.AddRange(Positions(c, type, 0));
                break;
            case "LineString":
                shape.Lines.Add(Positions(c, type, 2));
                break;
            case "MultiLineString":
                shape.Lines.AddRange(Each(c, type).Select(l => Positions(l, type, 2)));
                break;
            case "Polygon":
                shape.Polygons.Add(Rings(c, type));
                break;
            case "MultiPolygon":
                shape.Polygons.AddRange(Each(c, type).Select(p => Rings(p, type)));
                break;
        }

        return shape;
    }

    private GeoPosition[][] Rings(JsonElement polygon, string type)
    {
        // A ring needs four positions (the last repeats the first); three are accepted and closed when drawn.
        var rings = Each(polygon, type).Select(r => Positions(r, type, 3)).ToArray();
        return rings.Length == 0 ? throw GeoJsonException.Because("BadGeometry", _feature, type) : rings;
    }

    private IEnumerable<JsonElement> Each(JsonElement array, string type) =>
        array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : throw GeoJsonException.Because("BadGeometry", _feature, type);

    private GeoPosition[] Positions(JsonElement array, string type, int minimum)
    {
        var positions = Each(array, type).Select(p => Position(p, type)).ToArray();
        return positions.Length < minimum ? throw GeoJsonException.Because("BadGeometry", _feature, type) : positions;
    }

    private GeoPosition Position(JsonElement position, string type)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
            || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
        {
            throw GeoJsonException.Because("BadGeometry", _feature, type);
        }

        var longitude = position[0].GetDouble();
        var latitude = position[1].GetDouble();
        if (longitude is < -180 or > 180 || latitude is < -90 or > 90)
        {
            throw GeoJsonException.Because("OutOfRange", _feature, longitude, latitude);
        }

        if (++_positions > limits.MaxPositions)
        {
            throw GeoJsonException.Because("TooManyPositions", limits.MaxPositions);
        }

        (_west, _east) = (Math.Min(_west, longitude), Math.Max(_east, longitude));
        (_south, _north) = (Math.Min(_south, latitude), Math.Max(_north, latitude));
        return new GeoPosition(longitude, latitude);
    }
}
