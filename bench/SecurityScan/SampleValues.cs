using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing.Patterns;

namespace SmartRegion.Bench.SecurityScan;

/// <summary>
/// A plausible value for every input a route declares, so that the tools have a parameter to inject into: a JSON
/// body shaped like the request record, query values of the right type, and stand-ins for route values no page linked.
/// </summary>
internal static class SampleValues
{
    public static string Scalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(bool) => "true",
            _ when type == typeof(Guid) => "3f2b8c1e-5d4a-4e6b-9c7d-0a1b2c3d4e5f",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "2026-05-01T10:00:00Z",
            _ when type == typeof(DateOnly) => "2026-05-01",
            _ when type == typeof(TimeOnly) => "10:00",
            _ when type.IsEnum => Enum.GetNames(type).First(),
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(decimal) || type == typeof(double) => "1",
            _ => "test",
        };
    }

    public static JsonNode? Json(Type type, int depth = 0)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(Guid) || type == typeof(decimal)
            || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(TimeOnly))
        {
            var scalar = Scalar(type);
            return type == typeof(bool) ? JsonValue.Create(true)
                : type.IsPrimitive || type == typeof(decimal) ? JsonValue.Create(1)
                : JsonValue.Create(scalar);
        }

        if (depth > 3)
        {
            return null;
        }

        if (type.IsAssignableTo(typeof(IEnumerable)))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().LastOrDefault() ?? typeof(string);
            return new JsonArray(Json(element, depth + 1));
        }

        if (type == typeof(JsonElement) || type == typeof(JsonNode) || type == typeof(object))
        {
            return new JsonObject { ["name"] = "test" };
        }

        var result = new JsonObject();
        foreach (var property in type.GetProperties(EndpointCatalog.Public).Where(p => p.CanWrite || type.GetConstructors().Length > 0))
        {
            result[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = Json(property.PropertyType, depth + 1);
        }

        return result;
    }

    /// <summary>A stand-in for a route value no crawled page linked to, fitting the parameter's constraint.</summary>
    public static string RouteValue(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        return constraints.Contains("guid") ? Scalar(typeof(Guid))
            : constraints.Any(c => c is "int" or "long") ? "1"
            : "test";
    }
}
