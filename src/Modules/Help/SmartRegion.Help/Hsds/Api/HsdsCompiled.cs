using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmartRegion.Help.Hsds.Api;

/// <summary>The compiled (nested) HSDS objects of the API, built from an <see cref="HsdsFile"/>.</summary>
internal static class HsdsCompiled
{
    private static readonly string[] ServiceListFields =
    [
        "id", "organization_id", "name", "alternate_name", "description", "url", "email", "status", "interpretation_services",
        "application_process", "fees_description", "eligibility_description", "minimum_age", "maximum_age", "assured_date", "last_modified",
    ];

    private static readonly string[] OrganizationListFields =
        ["id", "name", "alternate_name", "description", "email", "website", "year_incorporated", "legal_status"];

    public static JsonObject Node<T>(T record) => JsonSerializer.SerializeToNode(record, HsdsFile.Json)!.AsObject();

    /// <summary>A compiled service: organization, service_at_locations with their location, attributes with their term.</summary>
    public static JsonObject Service(HsdsService service, HsdsFile file)
    {
        var node = Node(service);
        if (file.Organizations.FirstOrDefault(o => o.Id == service.OrganizationId) is { } organization)
        {
            node["organization"] = Node(organization);
        }

        node["service_at_locations"] = new JsonArray([.. file.ServiceAtLocations.Where(s => s.ServiceId == service.Id).Select(s => ServiceAtLocation(s, file, withService: null))]);
        if (node["attributes"] is JsonArray attributes)
        {
            foreach (var attribute in attributes.OfType<JsonObject>())
            {
                var termId = attribute["taxonomy_term_id"]?.GetValue<string>();
                if (file.TaxonomyTerms.FirstOrDefault(t => t.Id == termId) is { } term)
                {
                    attribute["taxonomy_term"] = Node(term);
                }
            }
        }

        return node;
    }

    /// <summary>A service as an item of a list: its own fields and its organization (list form).</summary>
    public static JsonObject ServiceListItem(HsdsService service, HsdsFile file)
    {
        var node = Pick(Node(service), ServiceListFields);
        if (file.Organizations.FirstOrDefault(o => o.Id == service.OrganizationId) is { } organization)
        {
            node["organization"] = OrganizationListItem(organization);
        }

        return node;
    }

    public static JsonObject OrganizationListItem(HsdsOrganization organization) => Pick(Node(organization), OrganizationListFields);

    /// <summary>A compiled organization with its services (list form, or compiled with <paramref name="fullServices"/>) and locations.</summary>
    public static JsonObject Organization(HsdsOrganization organization, HsdsFile file, bool fullServices)
    {
        var node = Node(organization);
        var services = file.Services.Where(s => s.OrganizationId == organization.Id);
        node["services"] = new JsonArray([.. services.Select(s => (JsonNode)(fullServices ? Service(s, file) : ServiceListItem(s, file)))]);
        node["locations"] = new JsonArray([.. file.Locations.Where(l => l.OrganizationId == organization.Id).Select(l => (JsonNode)Node(l))]);
        return node;
    }

    /// <summary>A service at a location with its location (and its service, list form, when <paramref name="withService"/> is given).</summary>
    public static JsonObject ServiceAtLocation(HsdsServiceAtLocation link, HsdsFile file, bool? withService)
    {
        var node = Node(link);
        if (file.Locations.FirstOrDefault(l => l.Id == link.LocationId) is { } location)
        {
            node["location"] = Node(location);
        }

        if (withService is { } full && file.Services.FirstOrDefault(s => s.Id == link.ServiceId) is { } service)
        {
            node["service"] = full ? Service(service, file) : ServiceListItem(service, file);
        }

        return node;
    }

    /// <summary>A service at a location as a list item: no schedules, its location and service (list form).</summary>
    public static JsonObject ServiceAtLocationListItem(HsdsServiceAtLocation link, HsdsFile file)
    {
        var node = ServiceAtLocation(link, file, withService: false);
        node.Remove("schedules");
        return node;
    }

    private static JsonObject Pick(JsonObject source, string[] fields)
    {
        var result = new JsonObject();
        foreach (var field in fields)
        {
            if (source[field] is { } value)
            {
                result[field] = value.DeepClone();
            }
        }

        return result;
    }
}
