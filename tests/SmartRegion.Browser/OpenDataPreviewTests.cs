using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// The previews reached from the dataset pages: the seeded population table with its chart and the playground map,
/// in German and English, with zero axe (WCAG 2.0/2.1 A and AA) violations and not one request to another origin.
/// </summary>
public sealed class OpenDataPreviewTests(PlatformHost host, ChromiumBrowser browser)
{
    public static TheoryData<string, string, string> Previews => new()
    {
        { "de-DE", "/daten/einwohner-der-gemeinden", "/daten/tabellen/" },
        { "en-US", "/daten/einwohner-der-gemeinden", "/daten/tabellen/" },
        { "de-DE", "/daten/spielplaetze-rimpar", "/daten/karten/" },
        { "en-US", "/daten/spielplaetze-rimpar", "/daten/karten/" },
    };

    [Theory]
    [MemberData(nameof(Previews))]
    public async Task the_preview_reached_from_the_dataset_page_has_no_wcag_aa_violations_and_stays_on_the_platform(string language, string dataset, string preview)
    {
        await using var context = await browser.NewContextAsync(host, language);
        var requests = new ConcurrentQueue<string>();
        context.Request += (_, request) => requests.Enqueue(request.Url);
        await context.RouteAsync("**/*", route => IsOwn(route.Request.Url) ? route.ContinueAsync() : route.AbortAsync("blockedbyclient"));
        var page = await context.NewPageAsync();
        await page.GotoAsync(dataset);

        await page.Locator($"main a[href^='{preview}']").First.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(preview + "[0-9a-f-]{36}"));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language[..2]);
        await Assertions.Expect(page.Locator("main figure svg[role=img]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main table").First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await StyleAssert.AllStylesheetsAppliedAsync(page);
        await AxeAssert.NoWcagAaViolationsAsync(page);
        var foreign = requests.Where(url => !IsOwn(url)).Distinct().ToList();
        Assert.True(foreign.Count == 0, $"Requests to another origin than {host.Origin}:\n  {string.Join("\n  ", foreign)}");
    }

    private bool IsOwn(string url) =>
        url.StartsWith(host.Origin + "/", StringComparison.Ordinal) || string.Equals(url, host.Origin, StringComparison.Ordinal)
        || url.StartsWith("data:", StringComparison.Ordinal);
}
