using System.Net;
using System.Text;
using System.Text.Json;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Protection;

/// <summary>Small limits, so the tests stay light: a 64 KB body for writes, 8 KB for reads, 1024 characters of query.</summary>
public sealed class LimitedHost : SmartRegionHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RequestLimits:MaxBodyBytes"] = "65536",
        ["RequestLimits:MaxReadBodyBytes"] = "8192",
        ["RequestLimits:MaxQueryStringChars"] = "1024",
    };
}

public sealed class RequestLimitTests(LimitedHost host) : IntegrationTest<LimitedHost>(host), IClassFixture<LimitedHost>
{
    [Fact]
    public async Task a_huge_search_body_to_the_ckan_api_answers_413_problem_details_without_searching()
    {
        var body = JsonSerializer.Serialize(new { q = new string('a', 100_000) });

        var response = await Client.PostAsync(new Uri("/api/3/action/package_search", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task a_huge_datastore_query_body_answers_413()
    {
        var body = JsonSerializer.Serialize(new { resource_id = Guid.NewGuid(), q = new string('a', 20_000) });

        var response = await Client.PostAsync(new Uri("/api/3/action/datastore_search", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task a_long_query_string_answers_400_problem_details()
    {
        var response = await Client.GetAsync(new Uri("/api/3/action/package_search?q=" + new string('a', 2000), UriKind.Relative));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task a_too_large_json_body_to_a_write_endpoint_answers_413_problem_details()
    {
        var body = JsonSerializer.Serialize(new { message = new string('a', 100_000) });

        var response = await Client.PostAsync(new Uri("/api/help/services/abc/feedback", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task a_too_large_form_post_shows_the_error_page_with_413()
    {
        var page = await GetPageAsync("/barriere-melden");

        var response = await page.SubmitAsync(Client, "main form", new Dictionary<string, string> { ["Model.Description"] = new string('a', 100_000) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Zu viele Daten gesendet", (await HtmlPage.FromAsync(response, "/barriere-melden")).H1);
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
    }
}
