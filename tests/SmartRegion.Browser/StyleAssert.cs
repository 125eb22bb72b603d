using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>axe-core on an unstyled page proves little: every stylesheet of the page must have loaded with rules.</summary>
internal static class StyleAssert
{
    private const string Script = """
        () => [...document.querySelectorAll('link[rel=stylesheet]')]
          .filter(link => { try { return !link.sheet || link.sheet.cssRules.length === 0; } catch { return true; } })
          .map(link => link.href)
        """;

    public static async Task AllStylesheetsAppliedAsync(IPage page)
    {
        // After a form post the error summary can be in the document before the stylesheets have arrived; judge the page
        // once it has loaded, as a visitor sees it.
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.True(await page.Locator("link[rel=stylesheet]").CountAsync() > 0, $"{page.Url} links no stylesheet.");
        var missing = await page.EvaluateAsync<string[]>(Script);
        Assert.True(missing.Length == 0, $"Stylesheets not applied on {page.Url}:\n  {string.Join("\n  ", missing)}");
    }
}
