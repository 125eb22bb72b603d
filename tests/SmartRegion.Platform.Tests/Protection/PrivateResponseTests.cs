using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Protection;

public sealed class PrivateResponseTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    [Theory]
    [InlineData("/api/hub/me/profile")]
    [InlineData("/api/hub/me/data")]
    [InlineData("/api/hub/me")]
    [InlineData("/konto")]
    [InlineData("/")]
    public async Task every_answer_to_a_signed_in_person_is_not_stored(string url)
    {
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);

        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control {response.Headers.CacheControl}");
    }

    /// <summary>The personal answers of the event calendar, the Change Lab and participation: found or not, no cache keeps them.</summary>
    [Theory]
    [InlineData(Personas.Resident, "/api/events/me/feed", HttpStatusCode.OK)]
    [InlineData(Personas.Resident, "/veranstaltungen/mein-kalender", HttpStatusCode.OK)]
    [InlineData(Personas.StaffHoechberg, "/api/changelab/bookings/mine", HttpStatusCode.OK)]
    [InlineData(Personas.StaffHoechberg, "/api/changelab/me/feed", HttpStatusCode.NotFound)]
    [InlineData(Personas.StaffHoechberg, "/api/changelab/me/presence-sharing", HttpStatusCode.OK)]
    [InlineData(Personas.StaffHoechberg, "/change-lab/buchungen", HttpStatusCode.OK)]
    [InlineData(Personas.StaffHoechberg, "/change-lab/kalender", HttpStatusCode.OK)]
    [InlineData(Personas.Resident, "/mitmachen/nachweis", HttpStatusCode.OK)]
    public async Task the_personal_answers_of_the_newer_modules_are_not_stored(string persona, string url, HttpStatusCode status)
    {
        await Personas.SignInAsync(Host, Client, persona);

        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task static_files_keep_their_caching_for_signed_in_people()
    {
        await Personas.SignInAsync(Host, Client, Personas.RegionAdmin);
        var home = await GetPageAsync("/");
        var stylesheet = home.Document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var response = await Client.GetAsync(new Uri(stylesheet, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
    }

    [Fact]
    public void the_server_does_not_name_its_software()
    {
        var kestrel = Host.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.False(kestrel.AddServerHeader);
    }
}
