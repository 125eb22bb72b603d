using System.Net;
using System.Text.Json;
using SmartRegion.OpenData.Tests.Rdf;
using SmartRegion.TestKit;
using static SmartRegion.OpenData.Tests.Tabular.Ckan;

namespace SmartRegion.OpenData.Tests.Ckan;

/// <summary>
/// Our CKAN answers against responses recorded from a real CKAN (demo.ckan.org, in <c>shared/data/standards/ckan</c>):
/// same envelope, same keys, same kinds of values; plus CKAN's documented error envelope.
/// </summary>
public sealed class CkanShapeTests(OpenDataHost host) : IntegrationTest<OpenDataHost>(host), IClassFixture<OpenDataHost>
{
    private static JsonElement Recorded(string file)
    {
        var standards = RdfTools.Standards;
        RdfTools.Require(standards is not null && File.Exists(Path.Combine(standards, "ckan", "demo.ckan.org-2017", file)), "shared/data/standards/ckan");
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(standards!, "ckan", "demo.ckan.org-2017", file))).RootElement;
    }

    private async Task<JsonElement> BodyAsync(string action, string query)
    {
        var (status, body) = await GetAsync(Client, action, query);
        Assert.True(status == HttpStatusCode.OK, $"{action} answered {status}: {body}");
        return body;
    }

    [Fact]
    public async Task package_search_has_the_shape_of_a_recorded_ckan_search()
    {
        var recorded = Recorded("package_search.json");
        var ours = await BodyAsync("package_search", "facet.field=" + Q("[\"groups\",\"res_format\",\"organization\"]") + "&fq=&rows=3&sort=" + Q("name asc") + "&start=0");

        Assert.Empty(JsonShape.Differences(recorded, ours));
        Assert.Equal(3, ours.GetProperty("result").GetProperty("results").GetArrayLength());
        Assert.Equal("name asc", ours.GetProperty("result").GetProperty("sort").GetString());
        Assert.EndsWith("/api/3/action/help_show?name=package_search", ours.GetProperty("help").GetString(), StringComparison.Ordinal);
        // The recording's facets are empty for groups; ours have values, which must be shaped as CKAN's other facets are.
        var groups = ours.GetProperty("result").GetProperty("search_facets").GetProperty("groups").GetProperty("items");
        Assert.NotEqual(0, groups.GetArrayLength());
        Assert.Empty(JsonShape.Differences(recorded.GetProperty("result").GetProperty("search_facets").GetProperty("res_format").GetProperty("items")[0], groups[0]));
    }

    [Theory]
    [InlineData("package_show-17be64bb-da74-4195-9bb8-565c39846af2.json")]
    [InlineData("package_show-62513382-3b26-4bc8-9096-40b6ce8383c0.json")]
    [InlineData("package_show-9c3036b8-f6ac-4a4e-9036-5a3cc90c3900.json")]
    public async Task package_show_has_the_shape_of_a_recorded_ckan_dataset(string file)
    {
        var recorded = Recorded(file);
        var ours = await BodyAsync("package_show", "id=gemeinden-der-region-wuerzburg");

        Assert.Empty(JsonShape.Differences(recorded, ours));
        var result = ours.GetProperty("result");
        Assert.Equal("gemeinden-der-region-wuerzburg", result.GetProperty("name").GetString());
        Assert.Equal("dataset", result.GetProperty("type").GetString());
        Assert.Equal("active", result.GetProperty("state").GetString());
        Assert.Equal(2, result.GetProperty("num_resources").GetInt32());
        Assert.Equal(result.GetProperty("tags").GetArrayLength(), result.GetProperty("num_tags").GetInt32());
        Assert.Equal("dl-by-de/2.0", result.GetProperty("license_id").GetString());
        Assert.True(result.GetProperty("organization").GetProperty("is_organization").GetBoolean());
        Assert.Equal(result.GetProperty("owner_org").GetString(), result.GetProperty("organization").GetProperty("id").GetString());
        Assert.Equal(["gove", "regi"], result.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("name").GetString()));
        var resource = result.GetProperty("resources")[0];
        Assert.Equal("CSV", resource.GetProperty("format").GetString());
        Assert.Equal(64, resource.GetProperty("hash").GetString()!.Length);
        Assert.True(resource.GetProperty("size").GetInt64() > 0);
        Assert.Equal(result.GetProperty("id").GetString(), resource.GetProperty("package_id").GetString());
        var extras = result.GetProperty("extras").EnumerateArray().ToDictionary(e => e.GetProperty("key").GetString()!, e => e.GetProperty("value").GetString());
        Assert.Equal("http://publications.europa.eu/resource/authority/frequency/ANNUAL", extras["frequency"]);
        Assert.Equal("2021-12-31", extras["temporal_start"]);
        Assert.Equal("http://dcat-ap.de/def/politicalGeocoding/Level/administrativeDistrict", extras["politicalGeocodingLevelURI"]);
    }

    [Fact]
    public async Task timestamps_are_written_as_ckan_writes_them()
    {
        var result = (await BodyAsync("package_show", "id=gemeinden-der-region-wuerzburg")).GetProperty("result");
        var pattern = new System.Text.RegularExpressions.Regex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$");
        Assert.Matches(pattern, result.GetProperty("metadata_created").GetString()!);
        Assert.Matches(pattern, result.GetProperty("metadata_modified").GetString()!);
        Assert.Matches(pattern, result.GetProperty("resources")[0].GetProperty("created").GetString()!);
        Assert.Matches(pattern, result.GetProperty("organization").GetProperty("created").GetString()!);
    }

    [Fact]
    public async Task package_list_has_the_shape_of_the_recorded_list()
    {
        var recorded = Recorded("package_list.json");
        var ours = await BodyAsync("package_list", "");

        Assert.Empty(JsonShape.Differences(recorded, ours));
        var names = ours.GetProperty("result").EnumerateArray().Select(n => n.GetString()).ToList();
        Assert.Contains("gemeinden-der-region-wuerzburg", names);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task errors_use_ckans_error_envelope()
    {
        var (status, body) = await GetAsync(Client, "package_show", "id=gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(["help", "success", "error"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.String, body.GetProperty("help").ValueKind);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal("Not Found Error", body.GetProperty("error").GetProperty("__type").GetString());
        Assert.Equal(JsonValueKind.String, body.GetProperty("error").GetProperty("message").ValueKind);
        Assert.False(body.TryGetProperty("result", out _));
    }

    [Fact]
    public async Task a_missing_parameter_is_a_validation_error_naming_it()
    {
        var (status, body) = await GetAsync(Client, "package_show", "");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("Validation Error", body.GetProperty("error").GetProperty("__type").GetString());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("error").GetProperty("id").ValueKind);
    }

    [Fact]
    public async Task the_catalogue_lists_answer_as_ckan_lists_do()
    {
        var organizations = await ResultAsync(Client, "organization_list", "");
        Assert.Contains("landratsamt-wuerzburg", organizations.EnumerateArray().Select(o => o.GetString()));
        Assert.Contains("hoechberg", organizations.EnumerateArray().Select(o => o.GetString()));
        var full = await ResultAsync(Client, "organization_list", "all_fields=true");
        var office = full.EnumerateArray().Single(o => o.GetProperty("name").GetString() == "landratsamt-wuerzburg");
        Assert.True(office.GetProperty("package_count").GetInt32() >= 2);
        Assert.Equal("organization", office.GetProperty("type").GetString());

        var shown = await ResultAsync(Client, "organization_show", "id=landratsamt-wuerzburg&include_datasets=true");
        Assert.Equal(office.GetProperty("id").GetString(), shown.GetProperty("id").GetString());
        Assert.NotEqual(0, shown.GetProperty("packages").GetArrayLength());

        var groups = await ResultAsync(Client, "group_list", "");
        Assert.Equal(13, groups.GetArrayLength());
        Assert.Contains("gove", groups.EnumerateArray().Select(g => g.GetString()));
        var tags = await ResultAsync(Client, "tag_list", "query=gemeinde");
        Assert.Contains("Gemeinden", tags.EnumerateArray().Select(t => t.GetString()));

        var licences = await ResultAsync(Client, "license_list", "");
        var dlBy = licences.EnumerateArray().Single(l => l.GetProperty("id").GetString() == "dl-by-de/2.0");
        Assert.Equal("approved", dlBy.GetProperty("od_conformance").GetString());
        Assert.StartsWith("https://", dlBy.GetProperty("url").GetString(), StringComparison.Ordinal);

        var status = await ResultAsync(Client, "status_show", "");
        Assert.Equal("2.10", status.GetProperty("ckan_version").GetString());
        Assert.Contains("datastore", status.GetProperty("extensions").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task resource_show_and_the_list_with_resources_show_the_resources_of_published_datasets()
    {
        var package = await ResultAsync(Client, "package_show", "id=gemeinden-der-region-wuerzburg");
        var resourceId = package.GetProperty("resources")[1].GetProperty("id").GetString();

        var resource = await ResultAsync(Client, "resource_show", "id=" + resourceId);
        Assert.Equal(1, resource.GetProperty("position").GetInt32());
        Assert.Equal("GEOJSON", resource.GetProperty("format").GetString());
        Assert.False(resource.GetProperty("datastore_active").GetBoolean());
        using var download = await Client.GetAsync(new Uri(resource.GetProperty("url").GetString()!));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);

        var list = await ResultAsync(Client, "current_package_list_with_resources", "limit=2");
        Assert.Equal(2, list.GetArrayLength());
        Assert.All(list.EnumerateArray(), p => Assert.True(p.GetProperty("num_resources").GetInt32() > 0));
    }
}
