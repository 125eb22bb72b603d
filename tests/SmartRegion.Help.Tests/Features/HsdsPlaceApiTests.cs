using System.Net;
using System.Text.Json.Nodes;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Features;

/// <summary>The HSDS API's root and the <c>postcode</c> and <c>proximity</c> parameters of <c>/services</c>.</summary>
public sealed class HsdsPlaceApiTests(DemoHelpHost host) : IntegrationTest<DemoHelpHost>(host), IClassFixture<DemoHelpHost>
{
    private async Task<JsonNode> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    private static List<string> Ids(JsonNode page) => [.. page["contents"]!.AsArray().Select(s => (string)s!["id"]!)];

    [Fact]
    public async Task the_api_root_names_the_hsds_version_the_profile_and_the_openapi_document()
    {
        var root = await GetJsonAsync("/api/help/");

        Assert.Equal("3.0", (string)root["version"]!);
        Assert.EndsWith("/openapi/v1.json", (string)root["openapi_url"]!, StringComparison.Ordinal);
        var profile = new Uri((string)root["profile"]!);
        using var response = await Client.GetAsync(new Uri(profile.PathAndQuery, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("HSDS", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task proximity_keeps_only_services_with_a_location_within_the_radius_nearest_first()
    {
        var all = await GetJsonAsync("/api/help/services?per_page=100&minimal=true");
        var near = await GetJsonAsync("/api/help/services?proximity=49.7833,9.8833,1500&per_page=100&minimal=true");
        var wide = await GetJsonAsync("/api/help/services?proximity=49.7833,9.8833,60000&per_page=100&minimal=true");

        Assert.InRange((int)near["total_items"]!, 1, (int)wide["total_items"]! - 1);
        Assert.True((int)near["total_items"]! < (int)all["total_items"]!);
        Assert.Subset(Ids(wide).ToHashSet(), Ids(near).ToHashSet());
    }

    [Fact]
    public async Task a_postcode_keeps_the_services_whose_area_holds_it()
    {
        var all = await GetJsonAsync("/api/help/services?per_page=100&minimal=true");
        var rimpar = await GetJsonAsync("/api/help/services?postcode=97222&per_page=100&minimal=true");
        var byRadius = await GetJsonAsync("/api/help/services?postcode=97222&proximity=2000&per_page=100&minimal=true");

        Assert.InRange((int)rimpar["total_items"]!, 1, (int)all["total_items"]! - 1);
        Assert.InRange((int)byRadius["total_items"]!, 1, (int)all["total_items"]! - 1);
    }

    [Theory]
    [InlineData("/api/help/services?postcode=abc")]
    [InlineData("/api/help/services?postcode=9707")]
    [InlineData("/api/help/services?postcode=12345&proximity=1000")]
    [InlineData("/api/help/services?proximity=1000")]
    [InlineData("/api/help/services?proximity=49.78,9.88,0")]
    [InlineData("/api/help/service_at_locations?postcode=97O70")]
    public async Task bad_postcode_or_proximity_is_a_problem_400(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
