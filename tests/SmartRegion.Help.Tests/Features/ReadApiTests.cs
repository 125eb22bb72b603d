using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SmartRegion.Help.Hsds;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Features;

public sealed class ReadApiTests(DemoHelpHost host) : IntegrationTest<DemoHelpHost>(host), IClassFixture<DemoHelpHost>
{
    private const string DebtService = "f4cfd722-8410-437c-854a-2c1815ca2ff4";
    private const string Organization = "b570d612-fd1a-4b5f-96ca-be4929c1a148";
    private const string SeniorTerm = "66c9bfde-8f80-4ef0-813e-94d4a2945fbe";

    private async Task<JsonNode> GetJsonAsync(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task single_objects_validate_against_the_compiled_hsds_schemas()
    {
        _ = HsdsStandard.Folder;
        var service = await GetJsonAsync($"/api/help/services/{DebtService}");
        var organization = await GetJsonAsync($"/api/help/organizations/{Organization}?full_service=true");
        var link = service["service_at_locations"]![0]!;
        var serviceAtLocation = await GetJsonAsync($"/api/help/service_at_locations/{link["id"]}");
        var term = await GetJsonAsync($"/api/help/taxonomy_terms/{SeniorTerm}");
        var taxonomy = await GetJsonAsync($"/api/help/taxonomies/{term["taxonomy_id"]}");

        Assert.Empty(HsdsStandard.CheckCompiled(service, "service"));
        Assert.Empty(HsdsStandard.CheckCompiled(organization, "organization"));
        Assert.Empty(HsdsStandard.CheckCompiled(serviceAtLocation, "service_at_location"));
        Assert.Empty(HsdsStandard.CheckTable(term, "taxonomy_term"));
        Assert.Empty(HsdsStandard.CheckTable(taxonomy, "taxonomy"));
        Assert.Equal(Organization, (string)service["organization"]!["id"]!);
        Assert.NotNull(link["location"]!["addresses"]);
        Assert.NotNull(link["schedules"]);
        Assert.NotNull(service["attributes"]![0]!["taxonomy_term"]!["code"]);
    }

    [Theory]
    [InlineData("/api/help/services", "service_list")]
    [InlineData("/api/help/services?full=true&per_page=5", "service")]
    [InlineData("/api/help/services?minimal=true", "service_list")]
    [InlineData("/api/help/organizations", "organization_list")]
    [InlineData("/api/help/organizations?full=true&per_page=3", "organization")]
    [InlineData("/api/help/service_at_locations", "service_at_location_list")]
    [InlineData("/api/help/service_at_locations?full=true&per_page=5", "service_at_location")]
    [InlineData("/api/help/taxonomy_terms", "taxonomy_term")]
    [InlineData("/api/help/taxonomies", "taxonomy")]
    public async Task lists_validate_against_the_page_envelope_and_each_item_against_its_schema(string url, string schema)
    {
        _ = HsdsStandard.Folder;
        var page = await GetJsonAsync(url);
        Func<JsonNode?, IReadOnlyList<string>> item = schema is "taxonomy_term" or "taxonomy"
            ? n => HsdsStandard.CheckTable(n, schema)
            : n => HsdsStandard.CheckCompiled(n, schema);

        Assert.Empty(HsdsStandard.CheckPage(page, item));
        Assert.NotEmpty(page["contents"]!.AsArray());
    }

    [Fact]
    public async Task paging_walks_through_all_services_without_repeats()
    {
        var first = await GetJsonAsync("/api/help/services?per_page=100");
        var third = await GetJsonAsync("/api/help/services?per_page=100&page=3");
        var beyond = await GetJsonAsync("/api/help/services?per_page=100&page=4");
        var second = await GetJsonAsync("/api/help/services?per_page=100&page=2");
        var ids = new[] { first, second, third }.SelectMany(p => p["contents"]!.AsArray()).Select(s => (string)s!["id"]!).ToList();

        Assert.Equal(259, (int)first["total_items"]!);
        Assert.Equal(3, (int)first["total_pages"]!);
        Assert.True((bool)first["first_page"]!);
        Assert.False((bool)first["last_page"]!);
        Assert.Equal(59, (int)third["size"]!);
        Assert.True((bool)third["last_page"]!);
        Assert.Empty(beyond["contents"]!.AsArray());
        Assert.Equal(259, ids.Distinct().Count());
    }

    [Fact]
    public async Task modified_after_returns_only_services_changed_since()
    {
        var before = await GetJsonAsync("/api/help/services?modified_after=2026-11-25T00:00:00Z");
        var after = await GetJsonAsync("/api/help/services?modified_after=2026-11-26T00:00:01Z");
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);
        var service = JsonNode.Parse(DemoOffersSeeder.ReadEmbedded())!["services"]!.AsArray().Single(s => (string)s!["id"]! == DebtService)!.DeepClone();
        service["name"] = "Schuldnerberatung geändert";
        service["last_modified"] = "2030-01-01T00:00:00Z";
        var import = await Client.PostAsync("/api/help/imports", new StringContent(new JsonObject { ["services"] = new JsonArray(service) }.ToJsonString(), Encoding.UTF8, "application/json"));
        var changed = await GetJsonAsync("/api/help/services?modified_after=2029-12-31T00:00:00Z");

        Assert.Equal(259, (int)before["total_items"]!);
        Assert.Equal(0, (int)after["total_items"]!);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(DebtService, (string)Assert.Single(changed["contents"]!.AsArray())!["id"]!);
    }

    [Fact]
    public async Task filters_by_category_organization_and_text()
    {
        var seniors = await GetJsonAsync($"/api/help/services?taxonomy_term_id={SeniorTerm}&per_page=100");
        var organization = await GetJsonAsync($"/api/help/services?organization_id={Organization}&per_page=100");
        var text = await GetJsonAsync("/api/help/services?search=insolvenz");
        var tops = await GetJsonAsync("/api/help/taxonomy_terms?top_only=true&per_page=100");
        var children = await GetJsonAsync($"/api/help/taxonomy_terms?parent_id={SeniorTerm}");

        Assert.True((int)seniors["total_items"]! > 0);
        Assert.All(organization["contents"]!.AsArray(), s => Assert.Equal(Organization, (string)s!["organization_id"]!));
        Assert.Contains(text["contents"]!.AsArray(), s => (string)s!["id"]! == DebtService);
        Assert.Equal(19, (int)tops["total_items"]!);
        Assert.All(children["contents"]!.AsArray(), t => Assert.Equal(SeniorTerm, (string)t!["parent_id"]!));
    }

    [Fact]
    public async Task proximity_finds_the_places_within_the_radius_nearest_first()
    {
        // Höchberg's centre; the Landkreis locations sit within about 600 m of their town centre.
        var near = await GetJsonAsync("/api/help/service_at_locations?proximity=49.7833,9.8833,1500&per_page=100");
        var wide = await GetJsonAsync("/api/help/service_at_locations?proximity=49.7833,9.8833,60000&per_page=100");
        var byPostcode = await GetJsonAsync("/api/help/service_at_locations?postcode=97070&proximity=1000&per_page=100");
        var cities = near["contents"]!.AsArray().Select(s => (string)s!["location"]!["addresses"]![0]!["city"]!).Distinct().ToList();

        Assert.Equal(["Höchberg"], cities);
        Assert.True((int)wide["total_items"]! > (int)near["total_items"]!);
        Assert.True((int)byPostcode["total_items"]! > 0);
    }

    [Theory]
    [InlineData("/api/help/services?page=0")]
    [InlineData("/api/help/services?per_page=100000")]
    [InlineData("/api/help/services?page=abc")]
    [InlineData("/api/help/services?modified_after=garbage")]
    [InlineData("/api/help/services?minimal=vielleicht")]
    [InlineData("/api/help/services?format=ndjson")]
    [InlineData("/api/help/service_at_locations?proximity=49.78,9.88,0")]
    [InlineData("/api/help/service_at_locations?proximity=49.78,9.88,9999999")]
    [InlineData("/api/help/service_at_locations?proximity=95,9.88,1000")]
    [InlineData("/api/help/service_at_locations?proximity=1000")]
    [InlineData("/api/help/service_at_locations?postcode=12345&proximity=1000")]
    [InlineData("/api/help/taxonomy_terms?top_only=7")]
    public async Task bad_parameters_get_a_problem_details_400(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/help/services/00000000-0000-4000-8000-000000000000")]
    [InlineData("/api/help/organizations/00000000-0000-4000-8000-000000000000")]
    [InlineData("/api/help/service_at_locations/00000000-0000-4000-8000-000000000000")]
    [InlineData("/api/help/taxonomies/00000000-0000-4000-8000-000000000000")]
    [InlineData("/api/help/taxonomy_terms/00000000-0000-4000-8000-000000000000")]
    public async Task an_unknown_id_gets_a_problem_details_404(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
