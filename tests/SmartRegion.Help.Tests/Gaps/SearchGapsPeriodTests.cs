using System.Net;
using SmartRegion.Help.Tests.Providers;
using SmartRegion.TestKit;
using static SmartRegion.Help.Tests.Providers.ProviderPeople;

namespace SmartRegion.Help.Tests.Gaps;

/// <summary>The period in the address of „Wo fehlt Hilfe?“ is typed by people and tools: anything but 30 or 90 shows 30 days.</summary>
public sealed class SearchGapsPeriodTests(ProviderHost host) : IntegrationTest<ProviderHost>(host), IClassFixture<ProviderHost>
{
    [Theory]
    [InlineData("30%27%20AND%203430%3D3430")]
    [InlineData("abc")]
    [InlineData("99999999999")]
    [InlineData("")]
    public async Task a_period_that_is_not_a_number_shows_the_last_30_days_instead_of_failing(string period)
    {
        using var client = await SignedInAsync(Host, "person@beispiel.de", ("staff", Rimpar));

        var page = await client.GetAsync(new Uri("/verwaltung/hilfe/luecken?tage=" + period, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("days=30", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
