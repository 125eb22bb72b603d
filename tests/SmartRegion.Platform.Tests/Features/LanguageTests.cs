using System.Net;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Features;

public sealed class LanguageTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    private const string SwitchForm = "form.sr-language";

    [Fact]
    public async Task switching_to_english_is_remembered_on_the_next_pages()
    {
        var german = await GetPageAsync("/gemeinden");
        Assert.Equal("English", german.Document.QuerySelector($"{SwitchForm} button")!.TextContent.Trim());
        Assert.Equal("en", german.Document.QuerySelector($"{SwitchForm} button")!.GetAttribute("lang"));

        var response = await german.SubmitAsync(Client, SwitchForm, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/gemeinden", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        var english = await GetPageAsync("/");
        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Welcome to the Smart Region Würzburg", english.H1);
        Assert.Contains("Municipalities", english.Document.QuerySelector("nav[aria-label='Main navigation']")!.TextContent, StringComparison.Ordinal);

        var back = await english.SubmitAsync(Client, SwitchForm, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
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

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task the_language_switch_never_redirects_to_another_site(string returnUrl)
    {
        var page = await GetPageAsync("/");

        var response = await page.SubmitAsync(Client, SwitchForm, new Dictionary<string, string> { ["returnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task an_unknown_language_is_refused_with_a_clear_problem()
    {
        var page = await GetPageAsync("/");

        var response = await page.SubmitAsync(Client, SwitchForm, new Dictionary<string, string> { ["culture"] = "xx" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("de", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_language_switch_without_antiforgery_token_changes_nothing()
    {
        var response = await Client.PostAsync(new Uri("/sprache", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
    }
}
