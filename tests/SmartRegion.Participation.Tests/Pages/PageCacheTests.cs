using SmartRegion.Participation.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.Participation.Tests.Pages;

/// <summary>
/// The public pages of „Mach mit“ look the same for every anonymous visitor, so the second visit is served from the
/// output cache (a change to a process, project or proposal empties it, see the page tests).
/// </summary>
public sealed class PageCacheTests(ParticipationHost host) : ParticipationTest(host)
{
    [Theory]
    [InlineData("/mitmachen")]
    [InlineData("/mitmachen/" + DemoProcessesSeeder.BudgetSlug)]
    [InlineData("/mitmachen/" + DemoProcessesSeeder.RegionSlug + "/vorschlaege")]
    public async Task the_second_anonymous_visit_of_a_public_page_is_served_from_the_cache(string url) =>
        await PageCacheAssert.SecondAnonymousRequestIsServedFromCacheAsync(Host, url);
}
