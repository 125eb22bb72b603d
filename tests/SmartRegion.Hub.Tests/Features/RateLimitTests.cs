using System.Net;
using System.Net.Http.Json;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

public sealed class RateLimitTests(RateLimitedHost host) : IntegrationTest<RateLimitedHost>(host), IClassFixture<RateLimitedHost>
{
    [Fact]
    public async Task public_writes_beyond_the_limit_get_429_with_retry_after_while_reading_goes_on()
    {
        var first = await Client.PostAsJsonAsync("/api/hub/barrier-reports", new { description = "eins" });
        var second = await Client.PostAsJsonAsync("/api/hub/barrier-reports", new { description = "zwei" });
        var third = await Client.PostAsJsonAsync("/api/hub/barrier-reports", new { description = "drei" });
        var page = await Client.GetAsync(new Uri("/barriere-melden", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
