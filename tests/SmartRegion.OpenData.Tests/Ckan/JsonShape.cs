using System.Text.Json;

namespace SmartRegion.OpenData.Tests.Ckan;

/// <summary>
/// Compares the shape of our JSON with a recorded CKAN response: every key the recording has is there with the same
/// JSON kind (string, number, boolean, object, array), recursively; array items are compared with the recording's first
/// item, and so are the counts of a facet (whose keys are data). Null on either side matches any kind (CKAN itself writes null for empty values). Our additional keys are allowed.
/// </summary>
internal static class JsonShape
{
    /// <summary>Keys of the 2017 recordings that CKAN 2.9 removed with the revision model.</summary>
    public static readonly string[] RemovedSinceCkan29 = ["revision_id"];

    public static List<string> Differences(JsonElement recorded, JsonElement ours, string path = "$")
    {
        var differences = new List<string>();
        Compare(recorded, ours, path, differences);
        return differences;
    }

    private static void Compare(JsonElement recorded, JsonElement ours, string path, List<string> differences)
    {
        if (recorded.ValueKind == JsonValueKind.Null || ours.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (Kind(recorded) != Kind(ours))
        {
            differences.Add($"{path}: recorded {Kind(recorded)}, ours {Kind(ours)}");
            return;
        }

        switch (recorded.ValueKind)
        {
            case JsonValueKind.Object when IsMap(path):
                // Facet counts: the keys are values of the data (organisation names, formats), so only the counts' kind matters.
                var sample = recorded.EnumerateObject().Select(p => p.Value).FirstOrDefault();
                foreach (var property in ours.EnumerateObject().Where(_ => sample.ValueKind != JsonValueKind.Undefined))
                {
                    Compare(sample, property.Value, path + "." + property.Name, differences);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in recorded.EnumerateObject())
                {
                    if (ours.TryGetProperty(property.Name, out var value))
                    {
                        Compare(property.Value, value, path + "." + property.Name, differences);
                    }
                    else if (!RemovedSinceCkan29.Contains(property.Name))
                    {
                        differences.Add($"{path}.{property.Name}: missing");
                    }
                }

                break;
            case JsonValueKind.Array when recorded.GetArrayLength() > 0:
                var i = 0;
                foreach (var item in ours.EnumerateArray())
                {
                    Compare(recorded[0], item, $"{path}[{i++}]", differences);
                }

                break;
        }
    }

    private static bool IsMap(string path) => System.Text.RegularExpressions.Regex.IsMatch(path, @"\.facets\.[^.]+$");

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        var kind => kind.ToString().ToLowerInvariant(),
    };
}
