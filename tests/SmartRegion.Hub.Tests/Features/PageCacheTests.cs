using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>The municipality pages look the same for every anonymous visitor, so the second visit is served from the output cache.</summary>
public sealed class PageCacheTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    [Theory]
    [InlineData("/gemeinden")]
    [InlineData("/gemeinden/09679147")]
    public async Task the_second_anonymous_visit_of_a_municipality_page_is_served_from_the_cache(string url) =>
        await PageCacheAssert.SecondAnonymousRequestIsServedFromCacheAsync(Host, url);
}
