using System.Net;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Protection;

/// <summary>
/// An address with a value the page cannot read (words where a page number goes, a month 99) shows the page as if the
/// value were not there: never a server error. The attack tools found these as 500s; the architecture test
/// <c>QueryParameterTests</c> keeps new pages from binding query values as anything but text.
/// </summary>
public sealed class QueryValueTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    [Theory]
    [InlineData("/veranstaltungen?seite=%7Cenv&kostenlos=vielleicht")]
    [InlineData("/veranstaltungen?seite=99999999999999")]
    [InlineData("/veranstaltungen/monat?jahr=http%3A%2F%2Fwww.google.fr&monat=%3Benv%3B")]
    [InlineData("/veranstaltungen/monat?jahr=2027&monat=99")]
    [InlineData("/daten?seite=1%27%20OR%20%271%27%3D%271")]
    [InlineData("/anmelden/zweiter-faktor?RememberMe=vielleicht")]
    public async Task an_unreadable_query_value_shows_the_page_without_it(string address)
    {
        var response = await Client.GetAsync(new Uri(address, UriKind.Relative));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Found or HttpStatusCode.Redirect, $"{address}: {response.StatusCode}");
    }
}
