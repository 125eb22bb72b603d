using System.Net;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Features;

public sealed class LanguageTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    [Fact]
    public async Task switching_to_english_is_remembered_on_the_next_pages_and_switching_back_works()
    {
        var german = await GetPageAsync("/gemeinden");
        var link = german.Document.QuerySelector("a.sr-language")!;
        Assert.Equal("English", link.TextContent.Trim());
        Assert.Equal("en", link.GetAttribute("lang"));

        var response = await Client.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/gemeinden", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        var english = await GetPageAsync("/");
        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Welcome to the Smart Region Würzburg", english.H1);
        Assert.Contains("City and municipalities", english.Document.QuerySelector("nav[aria-label='Main navigation']")!.TextContent, StringComparison.Ordinal);

        var back = english.Document.QuerySelector("a.sr-language")!;
        Assert.Equal("Deutsch", back.TextContent.Trim());
        await Client.GetAsync(new Uri(back.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal("de", (await GetPageAsync("/")).Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task the_browser_language_is_used_until_a_choice_is_made()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        var page = await HtmlPage.FromAsync(await Client.SendAsync(request), "/");

        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task cached_pages_keep_one_copy_per_language()
    {
        var german = await GetPageAsync("/impressum");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/impressum");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var english = await HtmlPage.FromAsync(await Client.SendAsync(request), "/impressum");
        var germanAgain = await GetPageAsync("/impressum");

        Assert.Equal("Impressum", german.H1);
        Assert.Equal("Legal notice", english.H1);
        Assert.Equal("Impressum", germanAgain.H1);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task the_language_switch_never_redirects_to_another_site(string returnUrl)
    {
        var response = await Client.GetAsync(new Uri("/sprache/en?zurueck=" + Uri.EscapeDataString(returnUrl), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task an_unknown_language_is_not_found_and_changes_nothing()
    {
        var response = await Client.GetAsync(new Uri("/sprache/xx?zurueck=/", UriKind.Relative));
        var page = await HtmlPage.FromAsync(response, "/sprache/xx");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Seite nicht gefunden", page.H1);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task pages_without_forms_carry_no_per_visitor_token_and_are_cached()
    {
        var response = await Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("__RequestVerificationToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(response.Headers.Age is not null || (await Client.GetAsync(new Uri("/", UriKind.Relative))).Headers.Age is not null);
    }
}
