using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Protection;

/// <summary>A form body the server cannot parse (a broken multipart part header) is bad input: 400, never 500.</summary>
public sealed partial class MalformedFormTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    [Fact]
    public async Task a_multipart_form_with_a_broken_part_header_answers_400_with_the_error_page()
    {
        var page = await Client.GetStringAsync(new Uri("/barriere-melden", UriKind.Relative));
        var token = TokenField().Match(page).Groups[1].Value;
        const string body = "--grenze\r\nContent-Disposition: form-data; name=\"Model.Description\"\r\n AND 1=1\r\n\r\nText\r\n--grenze--\r\n";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/barriere-melden", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=grenze");
        request.Headers.Add("RequestVerificationToken", WebUtility.HtmlDecode(token));

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task a_form_value_with_a_null_character_answers_400_with_the_error_page()
    {
        await Client.GetStringAsync(new Uri("/barriere-melden", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/barriere-melden", UriKind.Relative))
        {
            Content = new StringContent("_handler=barrier-report&__RequestVerificationToken=abc&Model.Description=a%00b", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Accept.ParseAdd("text/html");

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
