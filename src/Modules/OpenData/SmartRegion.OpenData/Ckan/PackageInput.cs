using System.Text.Json;
using Microsoft.Extensions.Localization;
using SmartRegion.OpenData.Datasets;
using SmartRegion.OpenData.Distributions;
using SmartRegion.OpenData.Rdf;
using SmartRegion.OpenData.Resources;
using SmartRegion.OpenData.Vocabularies;

namespace SmartRegion.OpenData.Ckan;

/// <summary>
/// A CKAN dataset dictionary sent to <c>package_create</c> or <c>package_patch</c>, laid onto the catalogue's own
/// <see cref="DatasetInput"/> so the catalogue's validation decides; its messages are named back by CKAN's keys.
/// </summary>
internal static class PackageInput
{
    /// <summary>The extras the catalogue stores (others are refused, not dropped).</summary>
    public static readonly IReadOnlyList<string> Extras =
        ["publisher_name", "contact_name", "contact_email", "licenseAttributionByText", "temporal_start", "temporal_end", "frequency", "spatial_keys",
         "politicalGeocodingURI"];

    /// <summary>Keys the catalogue takes; a key CKAN derives (ids, counts, timestamps) is accepted and ignored as CKAN does.</summary>
    private static readonly string[] Known =
        ["name", "title", "notes", "tags", "tag_string", "groups", "license_id", "owner_org", "maintainer", "maintainer_email", "extras", "state", "resources",
         "private", "type", "id", "author", "author_email", "url", "version", "license_title", "license_url", "isopen", "metadata_created",
         "metadata_modified", "num_resources", "num_tags", "organization", "creator_user_id", "relationships_as_object", "relationships_as_subject"];

    private static readonly Dictionary<string, string> CkanKeys = new(StringComparer.Ordinal)
    {
        [nameof(DatasetInput.Title)] = "title",
        [nameof(DatasetInput.Description)] = "notes",
        [nameof(DatasetInput.Keywords)] = "tags",
        [nameof(DatasetInput.Themes)] = "groups",
        [nameof(DatasetInput.PublisherName)] = "publisher_name",
        [nameof(DatasetInput.ContactName)] = "maintainer",
        [nameof(DatasetInput.ContactEmail)] = "maintainer_email",
        [nameof(DatasetInput.Licence)] = "license_id",
        [nameof(DatasetInput.AttributionText)] = "licenseAttributionByText",
        [nameof(DatasetInput.TemporalStart)] = "temporal_start",
        [nameof(DatasetInput.TemporalEnd)] = "temporal_end",
        [nameof(DatasetInput.Spatial)] = "spatial_keys",
        [nameof(DatasetInput.Frequency)] = "frequency",
        ["Distributions"] = "resources",
    };

    /// <summary>The CKAN key for a field of the catalogue's validation.</summary>
    public static string CkanKey(string field) => CkanKeys.GetValueOrDefault(field, field);

    /// <summary>Lays the keys present in <paramref name="input"/> onto <paramref name="target"/>; shape errors go to <paramref name="errors"/>.</summary>
    public static void Apply(CkanInput input, DatasetInput target, Dictionary<string, string[]> errors, IStringLocalizer<OpenDataText> text)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(target);
        foreach (var key in input.Keys.Where(k => !Known.Contains(k)))
        {
            errors[key] = [text["Ckan.Key.Unknown", key]];
        }

        if (input.Has("title"))
        {
            target.Title = input.Text("title");
        }

        if (input.Has("notes"))
        {
            target.Description = input.Text("notes");
        }

        if (input.Has("license_id"))
        {
            target.Licence = input.Text("license_id");
        }

        if (input.Has("maintainer"))
        {
            target.ContactName = input.Text("maintainer");
        }

        if (input.Has("maintainer_email"))
        {
            target.ContactEmail = input.Text("maintainer_email");
        }

        if (input.Has("tags"))
        {
            target.Keywords = Names(input.Json("tags"), "tags", errors, text);
        }
        else if (input.Has("tag_string"))
        {
            target.Keywords = [.. (input.Text("tag_string") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        }

        if (input.Has("groups"))
        {
            target.Themes = Names(input.Json("groups"), "groups", errors, text);
        }

        if (input.Has("private") && input.Flag("private"))
        {
            errors["private"] = [text["Ckan.Private.NotOffered"]];
        }

        if (input.Has("extras"))
        {
            ApplyExtras(input.Json("extras"), target, errors, text);
        }
    }

    /// <summary>The links in <c>resources</c> (stored files come through <c>resource_create</c>).</summary>
    public static List<AddLinkDistribution.Link> Resources(CkanInput input, Dictionary<string, string[]> errors, IStringLocalizer<OpenDataText> text)
    {
        ArgumentNullException.ThrowIfNull(input);
        var links = new List<AddLinkDistribution.Link>();
        var element = input.Json("resources");
        if (element is null)
        {
            return links;
        }

        if (element.Value.ValueKind != JsonValueKind.Array || element.Value.EnumerateArray().Any(r => r.ValueKind != JsonValueKind.Object))
        {
            errors["resources"] = [text["Ckan.Resources.NotAList"]];
            return links;
        }

        foreach (var (resource, i) in element.Value.EnumerateArray().Select((r, i) => (CkanInput.FromJson(r), i)))
        {
            var validation = new Kernel.Problems.ValidationErrors();
            var link = AddLinkDistribution.Validate(new AddLinkDistribution.Request
            {
                Title = resource.Text("name") ?? FileName(resource.Text("url")),
                Url = resource.Text("url"),
                Format = resource.Text("format"),
            }, validation, text);
            foreach (var (field, messages) in validation.ToDictionary())
            {
                errors[$"resources[{i}].{ResourceKey(field)}"] = messages;
            }

            if (link is not null)
            {
                links.Add(link);
            }
        }

        return links;
    }

    public static string ResourceKey(string field) => field switch
    {
        "Title" => "name",
        "Url" => "url",
        "Format" => "format",
        "File" => "upload",
        _ => field.ToLowerInvariant(),
    };

    public static string? FileName(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && Path.GetFileName(uri.AbsolutePath) is { Length: > 0 } name ? Uri.UnescapeDataString(name) : null;

    private static List<string> Names(JsonElement? element, string key, Dictionary<string, string[]> errors, IStringLocalizer<OpenDataText> text)
    {
        var names = new List<string>();
        if (element is not { ValueKind: JsonValueKind.Array } array)
        {
            errors[key] = [text["Ckan.Names.NotAList"]];
            return names;
        }

        foreach (var item in array.EnumerateArray())
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object when item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                _ => null,
            };
            if (name is null)
            {
                errors[key] = [text["Ckan.Names.NotAList"]];
                continue;
            }

            names.Add(name);
        }

        return names;
    }

    private static void ApplyExtras(JsonElement? element, DatasetInput target, Dictionary<string, string[]> errors, IStringLocalizer<OpenDataText> text)
    {
        if (element is not { ValueKind: JsonValueKind.Array } array)
        {
            errors["extras"] = [text["Ckan.Extras.NotAList"]];
            return;
        }

        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("key", out var k) || k.ValueKind != JsonValueKind.String
                || !item.TryGetProperty("value", out var v) || v.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                errors["extras"] = [text["Ckan.Extras.NotAList"]];
                continue;
            }

            var key = k.GetString()!;
            var value = v.GetString();
            switch (key)
            {
                case "publisher_name": target.PublisherName = value; break;
                case "contact_name": target.ContactName = value; break;
                case "contact_email": target.ContactEmail = value; break;
                case "licenseAttributionByText": target.AttributionText = value; break;
                case "temporal_start": target.TemporalStart = value; break;
                case "temporal_end": target.TemporalEnd = value; break;
                case "frequency":
                    target.Frequency = value is not null && value.StartsWith(Frequencies.Scheme, StringComparison.Ordinal) ? value[Frequencies.Scheme.Length..] : value;
                    break;
                case "spatial_keys":
                    target.Spatial = [.. (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
                    break;
                case "politicalGeocodingURI":
                    target.Spatial = SpatialFromUris(value, errors, text);
                    break;
                default:
                    errors["extras"] = [text["Ckan.Extras.Unknown", key, string.Join(", ", Extras)]];
                    break;
            }
        }
    }

    private static List<string> SpatialFromUris(string? value, Dictionary<string, string[]> errors, IStringLocalizer<OpenDataText> text)
    {
        try
        {
            var uris = string.IsNullOrWhiteSpace(value) ? [] : JsonSerializer.Deserialize<List<string>>(value) ?? [];
            var keys = uris.Select(u => u.TrimEnd('/')).Select(u => u[(u.LastIndexOf('/') + 1)..]).ToList();
            if (keys.Zip(uris).All(p => SpatialKeys.IsWellFormed(p.First) && SpatialKeys.Uri(p.First) == p.Second.TrimEnd('/')))
            {
                return keys;
            }
        }
        catch (JsonException)
        {
        }

        errors["politicalGeocodingURI"] = [text["Ckan.Spatial.Invalid"]];
        return [];
    }
}
