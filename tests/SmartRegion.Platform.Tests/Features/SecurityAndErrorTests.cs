using System.Net;
using System.Text.Json;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Features;

public sealed class SecurityAndErrorTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/hub/municipalities")]
    [InlineData("/gibt-es-nicht")]
    [InlineData("/api/gibt-es-nicht")]
    [InlineData("/health/ready")]
    public async Task every_response_carries_the_security_headers(string url)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task an_unknown_page_shows_the_not_found_page_in_the_shell()
    {
        var page = await GetPageAsync("/gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Seite nicht gefunden", page.H1);
        Assert.NotNull(page.Document.QuerySelector("footer a[href='/barriere-melden']"));
    }

    [Fact]
    public async Task an_unknown_api_path_answers_with_problem_details()
    {
        var response = await Client.GetAsync(new Uri("/api/gibt-es-nicht", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task a_wrong_method_on_the_api_answers_405_problem_details()
    {
        var response = await Client.DeleteAsync(new Uri("/api/hub/municipalities", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(405, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task a_wrong_method_on_a_page_shows_an_error_page_in_the_shell()
    {
        var response = await Client.PutAsync(new Uri("/gemeinden", UriKind.Relative), new StringContent(""));
        var page = await HtmlPage.FromAsync(response, "/gemeinden");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, page.Status);
        Assert.Equal("Diese Aktion ist hier nicht möglich", page.H1);
    }

    [Fact]
    public async Task a_post_to_a_page_without_a_form_shows_an_error_page_not_a_server_error()
    {
        var response = await Client.PostAsync(new Uri("/gemeinden", UriKind.Relative), new FormUrlEncodedContent([]));
        var page = await HtmlPage.FromAsync(response, "/gemeinden");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.NotNull(page.Document.QuerySelector("nav[aria-label=Hauptnavigation]"));
    }

    [Fact]
    public async Task the_health_endpoints_report_live_and_ready()
    {
        var live = await Client.GetAsync(new Uri("/health/live", UriKind.Relative));
        var ready = await Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        // The search index is built right after the start; until then ready says so, and only that.
        for (var i = 0; i < 300 && (await ready.Content.ReadAsStringAsync()).StartsWith("Degraded", StringComparison.Ordinal); i++)
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal(["Degraded", "help-search-index"], (await ready.Content.ReadAsStringAsync()).Split('\n').Select(l => l.Split(':')[0]));
            await Task.Delay(100);
            ready = await Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        }

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task static_assets_are_fingerprinted_and_served_compressed()
    {
        var home = await GetPageAsync("/");
        var css = home.Document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Equal(3, css.Count);
        Assert.All(css, href => Assert.Matches(@"^/[^/].*\.[a-z0-9]{8,}\.css$", href));

        using var request = new HttpRequestMessage(HttpMethod.Get, css[0]);
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(Assert.Single(response.Content.Headers.ContentEncoding), new[] { "br", "gzip" });
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public void fingerprinted_assets_are_cached_for_a_year_once_published()
    {
        // Development runs serve assets with no-cache; the endpoint manifest is what a published app serves by.
        var manifest = Path.Combine(AppContext.BaseDirectory, "SmartRegion.Web.staticwebassets.endpoints.json");
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        var fingerprinted = json.RootElement.GetProperty("Endpoints").EnumerateArray()
            .Where(e => System.Text.RegularExpressions.Regex.IsMatch(e.GetProperty("Route").GetString()!, @"kern\.min\.[a-z0-9]{8,}\.css$"))
            .ToList();

        Assert.NotEmpty(fingerprinted);
        Assert.All(fingerprinted, e => Assert.Contains(
            e.GetProperty("ResponseHeaders").EnumerateArray(),
            h => h.GetProperty("Name").GetString() == "Cache-Control" && h.GetProperty("Value").GetString()!.Contains("immutable", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task the_font_stylesheet_only_references_fonts_the_platform_serves()
    {
        var home = await GetPageAsync("/");
        var fontsCss = home.Document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.Contains("fonts", StringComparison.Ordinal));
        var css = await Client.GetStringAsync(new Uri(fontsCss, UriKind.Relative));

        var urls = System.Text.RegularExpressions.Regex.Matches(css, @"url\(""?([^)""]+)""?\)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, urls.Count);
        foreach (var url in urls)
        {
            var response = await Client.GetAsync(new Uri(new Uri("http://localhost" + fontsCss), url));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("font/woff2", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
