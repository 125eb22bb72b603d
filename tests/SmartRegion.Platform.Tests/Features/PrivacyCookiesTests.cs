using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Features;

/// <summary>The privacy page names every cookie the platform sets, from what the modules declare.</summary>
public sealed class PrivacyCookiesTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    [Fact]
    public async Task the_privacy_page_lists_the_session_cookie_and_every_cookie_a_visit_sets()
    {
        var set = new List<string>();
        foreach (var path in new[] { "/barriere-melden", "/anmelden", "/sprache/en?zurueck=%2F" })
        {
            using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
            set.AddRange(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Select(c => c.Split('=')[0]) : []);
        }

        var page = await GetPageAsync("/datenschutz");

        var listed = page.Document.QuerySelectorAll("main table tbody th code").Select(c => c.TextContent).ToList();
        Assert.Contains(".SmartRegion.Session", listed);
        Assert.Contains(".SmartRegion.Antiforgery", listed);
        Assert.Contains(".AspNetCore.Culture", listed);
        Assert.NotEmpty(set);
        Assert.All(set.Distinct(), name => Assert.Contains(name, listed));
        Assert.All(page.Document.QuerySelectorAll("main table tbody td"), cell => Assert.False(string.IsNullOrWhiteSpace(cell.TextContent)));
    }
}
