using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>Reporting a barrier with the keyboard alone.</summary>
public sealed class BarrierReportTests(PlatformHost host, ChromiumBrowser browser)
{
    [Fact]
    public async Task a_barrier_is_reported_with_the_keyboard_alone()
    {
        await using var context = await browser.NewContextAsync(host);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/barriere-melden");

        await FocusProbe.TabUntilAsync(page, f => f.Tag == "textarea", "The description field");
        await page.Keyboard.TypeAsync("Der Kontrast der Fußzeile ist zu schwach.");
        var submit = await FocusProbe.TabUntilAsync(page, f => f.Tag == "button", "The submit button", maxTabs: 5);
        Assert.True(submit.FocusVisible, $"The submit button has no visible focus: {submit}");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/barriere-melden/danke");
    }

    [Fact]
    public async Task a_link_in_the_error_summary_moves_focus_to_its_field_on_the_same_page()
    {
        await using var context = await browser.NewContextAsync(host);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/barriere-melden");
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".sr-error-summary")).ToBeVisibleAsync();

        await FocusProbe.TabUntilAsync(page, f => f.Tag == "a" && f.Href is not null && f.Href.StartsWith("#feld-", StringComparison.Ordinal), "The first error summary link");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/barriere-melden#feld-description");
        var field = await FocusProbe.ActiveAsync(page);
        Assert.Equal(("textarea", "feld-description"), (field.Tag, field.Id));
    }
}
