using System.Net;
using SmartRegion.Kernel.Web;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Protection;

public sealed class HostAndReturnUrlTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/anmelden")]
    [InlineData("/api/hub/municipalities")]
    [InlineData("/api/3/action/package_list")]
    public async Task a_request_for_another_host_name_is_answered_normally(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Host = "smarte-region.example";

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task the_sign_in_provider_refuses_plain_http_for_another_host_name_with_400_not_500()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/.well-known/openid-configuration", UriKind.Relative));
        request.Headers.Host = "smarte-region.example";

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/sprache/en?zurueck=/gemeinden/w%C3%BCrzburg")]
    [InlineData("/sprache/de?zurueck=/gemeinden/w%C3%BCrzburg%3Fseite%3D2")]
    public async Task a_return_address_with_umlauts_redirects_there_percent_encoded(string url)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/gemeinden/w%C3%BCrzburg", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task signing_in_with_a_return_address_with_umlauts_goes_back_there()
    {
        await Personas.EnsureAsync(Host, Personas.RegionAdmin);
        var page = await GetPageAsync("/anmelden?returnUrl=%2Fgemeinden%2Fw%C3%BCrzburg");
        var response = await page.SubmitAsync(Client, "main form", new Dictionary<string, string>
        {
            ["Model.Email"] = Personas.Email(Personas.RegionAdmin),
            ["Model.Password"] = People.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/gemeinden/w%C3%BCrzburg", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/gemeinden/würzburg", "/gemeinden/w%C3%BCrzburg")]
    [InlineData("/hilfe?q=Grüße 😀", "/hilfe?q=Gr%C3%BC%C3%9Fe %F0%9F%98%80")]
    [InlineData("/konto", "/konto")]
    [InlineData("//evil.example", "/")]
    public void local_urls_come_back_as_ascii(string url, string expected) =>
        Assert.Equal(expected, LocalUrl.OrDefault(url, "/"));
}
