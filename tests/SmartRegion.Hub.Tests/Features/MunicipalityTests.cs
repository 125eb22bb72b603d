using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRegion.Hub.Contracts.Municipalities;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

public sealed class MunicipalityTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    [Fact]
    public async Task the_municipalities_page_lists_the_city_first_and_all_52_municipalities()
    {
        var page = await GetPageAsync("/gemeinden");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Stadt und Gemeinden", page.H1);
        var rows = page.Document.QuerySelectorAll("table tbody tr");
        Assert.Equal(53, rows.Length);
        Assert.Equal("Würzburg", rows[0].QuerySelector("th a")!.TextContent);
        Assert.Equal("/gemeinden/09679147", page.Document.QuerySelectorAll("table a").Single(a => a.TextContent == "Höchberg").GetAttribute("href"));
        Assert.All(page.Document.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
    }

    [Fact]
    public async Task a_municipality_page_shows_its_key_population_and_a_map_link()
    {
        var page = await GetPageAsync("/gemeinden/09679180");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Rimpar", page.H1);
        Assert.Contains("Rimpar – Smarte Region Würzburg", page.Title, StringComparison.Ordinal);
        var values = page.Document.QuerySelectorAll("dd").Select(d => d.TextContent.Trim()).ToList();
        Assert.Contains("09679180", values);
        Assert.Contains("7.735", values);
        Assert.StartsWith("https://www.openstreetmap.org/?mlat=49.8569", page.Document.QuerySelector("dd a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/gemeinden/09679999")]
    [InlineData("/gemeinden/abc")]
    [InlineData("/gemeinden/%3Cscript%3E")]
    public async Task an_unknown_or_malformed_municipality_key_shows_the_not_found_page_in_the_shell(string url)
    {
        var page = await GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Seite nicht gefunden", page.H1);
        Assert.NotNull(page.Document.QuerySelector("nav[aria-label=Hauptnavigation]"));
        Assert.DoesNotContain("Exception", page.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_api_lists_all_municipalities_with_their_reference_data()
    {
        var list = await Client.GetFromJsonAsync<List<MunicipalitySummary>>("/api/hub/municipalities");

        Assert.NotNull(list);
        Assert.Equal(53, list.Count);
        Assert.Equal(Ags.Wuerzburg, list[0].Ags);
        var zell = list.Single(m => m.Ags == "09679209");
        Assert.Equal("Zell a.Main", zell.Name);
        Assert.Equal("Markt", zell.Type);
        Assert.Equal(4456, zell.Population);
    }

    [Fact]
    public async Task the_api_answers_a_malformed_key_with_a_validation_problem()
    {
        var response = await Client.GetAsync(new Uri("/api/hub/municipalities/12ab", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("ags", out _));
    }

    [Fact]
    public async Task the_api_answers_an_unknown_key_with_not_found_problem_details()
    {
        var response = await Client.GetAsync(new Uri("/api/hub/municipalities/09679999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task other_modules_read_municipalities_through_the_contracts_directory()
    {
        using var scope = Host.Services.CreateScope();
        var directory = scope.ServiceProvider.GetRequiredService<IMunicipalityDirectory>();

        var hoechberg = await directory.FindAsync("09679147", CancellationToken.None);
        var all = await directory.ListAsync(CancellationToken.None);

        Assert.Equal("Höchberg", hoechberg?.Name);
        Assert.Equal(53, all.Count);
        Assert.Null(await directory.FindAsync("nonsense", CancellationToken.None));
    }
}
