using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>The accessibility check every page test relies on finds violations, under the platform's Content-Security-Policy.</summary>
public sealed class AxeAssertTests(PlatformHost host, ChromiumBrowser browser)
{
    [Fact]
    public async Task a_platform_page_with_barriers_added_fails_with_each_of_them_at_both_widths()
    {
        await using var context = await browser.NewContextAsync(host);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/barriere-melden");
        Assert.Empty(await AxeAssert.ViolationsAsync(page));

        await page.EvaluateAsync("""
            () => {
              const main = document.querySelector('main');
              main.insertAdjacentHTML('beforeend', '<img src="/favicon.ico" class="sr-test-image">'
                + '<input type="text" class="sr-test-input">'
                + '<p class="sr-test-faint">Kaum lesbar</p>');
              document.querySelector('.sr-test-faint').style.color = '#ccc';
            }
            """);

        foreach (var width in new[] { 320, 1280 })
        {
            await page.SetViewportSizeAsync(width, 800);
            var found = await AxeAssert.ViolationsAsync(page);
            Assert.Equal(["color-contrast", "image-alt", "label"], found.Select(v => v.Id).Order(StringComparer.Ordinal));
            Assert.Contains(found.Single(v => v.Id == "image-alt").Nodes, n => n.Html.Contains("sr-test-image", StringComparison.Ordinal) && n.Target.Length > 0);
            var failure = await Assert.ThrowsAnyAsync<Exception>(() => AxeAssert.NoWcagAaViolationsAsync(page));
            Assert.Contains("3 axe-core violation(s)", failure.Message, StringComparison.Ordinal);
            Assert.Contains("label (critical)", failure.Message, StringComparison.Ordinal);
        }
    }
}
