using System.Net;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Features;

/// <summary>Compression that keeps secrets out of compressed responses (BREACH), HEAD requests, the meta description.</summary>
public sealed class ResponseTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    public async Task a_public_page_and_the_json_api_are_compressed_when_the_browser_accepts_it(string accept, string encoding)
    {
        foreach (var path in new[] { "/gemeinden", "/api/hub/municipalities" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.AcceptEncoding.ParseAdd(accept);
            using var response = await Client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        }
    }

    [Theory]
    [InlineData("/barriere-melden")]
    [InlineData("/anmelden")]
    public async Task a_form_page_that_carries_an_antiforgery_token_is_never_compressed(string path)
    {
        for (var visit = 0; visit < 2; visit++)
        {
            // The first visit sets the antiforgery cookie; the second carries it and gets no new cookie.
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.AcceptEncoding.ParseAdd("br, gzip");
            using var response = await Client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Empty(response.Content.Headers.ContentEncoding);
            Assert.Contains("__RequestVerificationToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/gemeinden")]
    [InlineData("/barriere-melden")]
    public async Task head_answers_like_get_with_status_and_content_type(string path)
    {
        using var get = await Client.GetAsync(new Uri(path, UriKind.Relative));
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task head_on_a_page_that_does_not_exist_is_not_found()
    {
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/gibt-es-nicht"));

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/gemeinden")]
    [InlineData("/barrierefreiheit")]
    [InlineData("/gibt-es-nicht")]
    [InlineData("/hilfe")]
    [InlineData("/daten")]
    public async Task every_page_has_a_meta_description(string path)
    {
        var page = await GetPageAsync(path);

        var description = page.Document.QuerySelectorAll("head meta[name=description]").Select(m => m.GetAttribute("content")).ToList();
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(description)));
    }
}
