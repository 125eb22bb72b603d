using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Features;

/// <summary>The catalogue's pages look the same for every anonymous visitor, so the second visit is served from the output cache.</summary>
public sealed class PageCacheTests(OpenDataHost host) : IntegrationTest<OpenDataHost>(host), IClassFixture<OpenDataHost>
{
    [Theory]
    [InlineData("/daten")]
    [InlineData("/daten?q=wahllokale")]
    [InlineData("/daten/wahllokale-hoechberg")]
    public async Task the_second_anonymous_visit_of_a_catalogue_page_is_served_from_the_cache(string url) =>
        await PageCacheAssert.SecondAnonymousRequestIsServedFromCacheAsync(Host, url);
}
