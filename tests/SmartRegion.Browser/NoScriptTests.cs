using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>The shell is plain HTML forms: everything works with JavaScript switched off.</summary>
public sealed class NoScriptTests(PlatformHost host, ChromiumBrowser browser)
{
    [Fact]
    public async Task the_barrier_form_is_submitted_without_javascript()
    {
        await using var context = await browser.NewContextAsync(host, javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/barriere-melden");

        await page.Locator("main textarea").FillAsync("Die Tabelle der Gemeinden hat keine Überschriften.");
        await page.Locator("main button[type=submit]").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/barriere-melden/danke");
    }

    [Fact]
    public async Task the_empty_barrier_form_shows_its_errors_without_javascript()
    {
        await using var context = await browser.NewContextAsync(host, javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/barriere-melden");

        await page.Locator("main button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator(".sr-error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/barriere-melden");
    }

    [Fact]
    public async Task the_language_is_switched_without_javascript()
    {
        await using var context = await browser.NewContextAsync(host, "de-DE", javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/gemeinden");

        await page.Locator("a.sr-language").ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/gemeinden");

        await page.Locator("a.sr-language").ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
    }
}
