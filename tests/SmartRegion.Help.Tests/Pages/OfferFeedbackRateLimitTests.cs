using System.Net;
using System.Net.Http.Json;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Pages;

public sealed class OfferFeedbackRateLimitTests(RateLimitedHelpHost host) : IntegrationTest<RateLimitedHelpHost>(host), IClassFixture<RateLimitedHelpHost>
{
    [Fact]
    public async Task feedback_beyond_the_public_write_limit_gets_429_while_the_offer_page_still_loads()
    {
        var url = $"/api/help/services/{DemoOffers.DebtAdvice}/feedback";
        var first = await Client.PostAsJsonAsync(url, new { reasons = new[] { "phone" } });
        var second = await Client.PostAsJsonAsync(url, new { reasons = new[] { "hours" } });
        var third = await Client.PostAsJsonAsync(url, new { reasons = new[] { "costs" } });
        var page = await Client.GetAsync(new Uri("/hilfe/angebote/" + DemoOffers.DebtAdvice, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
