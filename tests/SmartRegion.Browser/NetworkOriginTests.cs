using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// Privacy by construction: a journey through the whole shell talks to the platform's own origin only (no CDN, font
/// service or tracker), and every asset it needs is served.
/// </summary>
public sealed class NetworkOriginTests(PlatformHost host, ChromiumBrowser browser)
{
    [Fact]
    public async Task the_whole_journey_requests_nothing_from_another_origin()
    {
        await using var context = await browser.NewContextAsync(host);
        var requests = new ConcurrentQueue<string>();
        context.Request += (_, request) => requests.Enqueue(request.Url);
        // Anything foreign is stopped before it leaves the machine, and still counted as a failure below.
        await context.RouteAsync("**/*", route => IsOwn(route.Request.Url) ? route.ContinueAsync() : route.AbortAsync("blockedbyclient"));

        await WalkAsync(await context.NewPageAsync());

        Assert.NotEmpty(requests);
        var foreign = requests.Where(url => !IsOwn(url)).Distinct().ToList();
        Assert.True(foreign.Count == 0, $"Requests to another origin than {host.Origin}:\n  {string.Join("\n  ", foreign)}");
    }

    [Fact]
    public async Task every_stylesheet_font_and_icon_of_the_shell_is_served()
    {
        await using var context = await browser.NewContextAsync(host);
        var failed = new ConcurrentQueue<string>();
        context.Response += (_, response) =>
        {
            if (response.Request.ResourceType != "document" && response.Status >= 400)
            {
                failed.Enqueue($"{response.Status} {response.Url}");
            }
        };
        context.RequestFailed += (_, request) => failed.Enqueue($"{request.Failure} {request.Url}");

        await WalkAsync(await context.NewPageAsync());

        Assert.True(failed.IsEmpty, $"Assets that did not load:\n  {string.Join("\n  ", failed.Distinct())}");
    }

    private async Task WalkAsync(IPage page)
    {
        foreach (var path in ShellPages.Paths)
        {
            await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        }

        await page.GotoAsync("/barriere-melden");
        await page.Locator("main textarea").FillAsync("Prüfung der Netzwerkanfragen.");
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/barriere-melden/danke");

        await page.Locator("a.sr-language").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private bool IsOwn(string url) =>
        url.StartsWith(host.Origin + "/", StringComparison.Ordinal) || string.Equals(url, host.Origin, StringComparison.Ordinal);
}
