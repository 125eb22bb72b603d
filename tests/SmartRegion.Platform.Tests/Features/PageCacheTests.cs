using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Features;

/// <summary>The portal's pages look the same for every anonymous visitor, so the second visit is served from the output cache.</summary>
public sealed class PageCacheTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/leichte-sprache")]
    [InlineData("/impressum")]
    [InlineData("/datenschutz")]
    [InlineData("/barrierefreiheit")]
    [InlineData("/api-dokumentation")]
    public async Task the_second_anonymous_visit_of_a_portal_page_is_served_from_the_cache(string url) =>
        await PageCacheAssert.SecondAnonymousRequestIsServedFromCacheAsync(Host, url);
}
