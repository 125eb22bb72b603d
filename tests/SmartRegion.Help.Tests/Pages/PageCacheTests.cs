using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Pages;

/// <summary>
/// The help directory's pages that look the same for every anonymous visitor are served from the output cache on the
/// second visit; a search is worked out (and counted for „Wo fehlt Hilfe?“) every time.
/// </summary>
public sealed class PageCacheTests(HelpPagesHost host) : IntegrationTest<HelpPagesHost>(host), IClassFixture<HelpPagesHost>
{
    [Theory]
    [InlineData("/hilfe")]
    [InlineData("/hilfe/wegweiser")]
    [InlineData("/hilfe/angebote/" + DemoOffers.DebtAdvice)]
    [InlineData("/hilfe/angebote/" + DemoOffers.DebtAdvice + "/drucken")]
    public async Task the_second_anonymous_visit_of_a_help_page_is_served_from_the_cache(string url) =>
        await PageCacheAssert.SecondAnonymousRequestIsServedFromCacheAsync(Host, url);

    [Theory]
    [InlineData("/hilfe?q=schulden")]
    [InlineData("/hilfe?category=geld")]
    public async Task a_search_on_the_search_page_is_worked_out_every_time(string url) =>
        await PageCacheAssert.EveryRequestIsRenderedAsync(Host, url);
}
