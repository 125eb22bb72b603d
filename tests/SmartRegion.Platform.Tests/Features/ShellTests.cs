using System.Net;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Features;

public sealed class ShellTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    public static TheoryData<string> ShellPages =>
        ["/", "/gemeinden", "/gemeinden/09679147", "/impressum", "/datenschutz", "/barrierefreiheit", "/barriere-melden", "/leichte-sprache", "/api-dokumentation"];

    [Theory]
    [MemberData(nameof(ShellPages))]
    public async Task every_shell_page_has_skip_link_one_heading_navigation_footer_and_german_language(string url)
    {
        var page = await GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("de", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("#inhalt", page.Document.QuerySelector("a.sr-skip-link")!.GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector("main#inhalt"));
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        Assert.EndsWith("Smarte Region Würzburg", page.Title, StringComparison.Ordinal);
        var footerLinks = page.Document.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/impressum", footerLinks);
        Assert.Contains("/datenschutz", footerLinks);
        Assert.Contains("/barrierefreiheit", footerLinks);
        Assert.Contains("/barriere-melden", footerLinks);
        Assert.Contains("/leichte-sprache", footerLinks);
    }

    [Theory]
    [MemberData(nameof(ShellPages))]
    public async Task pages_write_german_letters_as_text_not_as_numeric_entities(string url)
    {
        var html = await Client.GetStringAsync(new Uri(url, UriKind.Relative));

        Assert.Matches("<title>[^<]*Smarte Region Würzburg</title>", html);
        Assert.DoesNotContain("&#xFC;", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("&#xE4;", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("&#xDF;", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(ShellPages))]
    public async Task no_page_loads_anything_from_another_origin(string url)
    {
        var page = await GetPageAsync(url);

        var resources = page.Document.QuerySelectorAll("link[href], script[src], img[src], iframe, source[src], video, audio")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "(embedded element)")
            .ToList();
        Assert.NotEmpty(resources);
        Assert.All(resources, r => Assert.False(r.Contains("//", StringComparison.Ordinal) || r.StartsWith("(embedded", StringComparison.Ordinal), $"{url} loads {r}"));
        Assert.Empty(page.Document.QuerySelectorAll("script"));
        Assert.Empty(page.Document.QuerySelectorAll("[style]"));
        Assert.Empty(page.Document.QuerySelectorAll("style"));
    }

    [Fact]
    public async Task every_navigation_link_leads_to_a_page_that_exists()
    {
        var home = await GetPageAsync("/");
        var links = home.Document.QuerySelectorAll("nav a, footer a, main a")
            .Select(a => a.GetAttribute("href")!)
            .Where(h => h.StartsWith('/'))
            .Distinct()
            .ToList();

        Assert.Contains("/gemeinden", links);
        foreach (var link in links)
        {
            var response = await Client.GetAsync(new Uri(link, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task the_main_navigation_marks_the_current_page()
    {
        var page = await GetPageAsync("/gemeinden/09679147");

        var current = page.Document.QuerySelectorAll("nav[aria-label=Hauptnavigation] a[aria-current=page]");
        Assert.Equal("/gemeinden", Assert.Single(current).GetAttribute("href"));
    }

    [Fact]
    public async Task the_api_page_lists_the_endpoints_of_the_openapi_document()
    {
        var page = await GetPageAsync("/api-dokumentation");
        var document = await Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("\"/api/hub/municipalities\"", document, StringComparison.Ordinal);
        var paths = page.Document.QuerySelectorAll("td code").Select(c => c.TextContent).ToList();
        Assert.Contains("/api/hub/municipalities", paths);
        Assert.Contains("/api/hub/municipalities/{ags}", paths);
        Assert.Contains("/api/hub/barrier-reports", paths);
        Assert.Equal("/openapi/v1.json", page.Document.QuerySelector("main a[href$='.json']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task the_imprint_shows_the_configured_operator()
    {
        var page = await GetPageAsync("/impressum");

        var address = page.Document.QuerySelector("address")!.TextContent;
        Assert.Contains("Landratsamt Würzburg", address, StringComparison.Ordinal);
        Assert.Contains("97074", address, StringComparison.Ordinal);
    }
}
