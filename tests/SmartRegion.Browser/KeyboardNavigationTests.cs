using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>The shell with the keyboard alone: skip link, header, main navigation; focus always visible.</summary>
public sealed class KeyboardNavigationTests(PlatformHost host, ChromiumBrowser browser)
{
    private const string MainNavigationLinks = "nav[aria-label=\"Hauptnavigation\"] a";

    [Theory]
    [InlineData("/")]
    [InlineData("/gemeinden/09679185")]
    public async Task the_first_tab_stop_is_a_visible_skip_link_and_enter_moves_focus_to_the_content(string path)
    {
        await using var context = await browser.NewContextAsync(host);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        var first = await FocusProbe.TabAsync(page);

        Assert.Equal(("a", "Zum Inhalt springen", "#inhalt"), (first.Tag, first.Text, first.Href));
        Assert.True(first.FocusVisible, $"The skip link has no visible focus: {first}");
        var box = await page.Locator(".sr-skip-link").BoundingBoxAsync();
        Assert.True(box is { Width: > 1, Height: > 1 }, "The focused skip link is not shown on screen.");

        await page.Keyboard.PressAsync("Enter");

        // Stays on the same page: a <base href> would turn "#inhalt" into "/#inhalt" and load the home page.
        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + path + "#inhalt");
        var target = await FocusProbe.ActiveAsync(page);
        Assert.Equal("inhalt", target.Id);
    }

    [Fact]
    public async Task the_language_switch_the_sign_in_link_and_every_main_navigation_link_are_reached_by_tab_in_order_with_visible_focus()
    {
        await using var context = await browser.NewContextAsync(host);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var navigation = (await page.Locator(MainNavigationLinks).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).ToList();
        Assert.Contains("/gemeinden", navigation);

        var stops = new List<FocusedElement> { await FocusProbe.TabAsync(page) };
        Assert.Equal("#inhalt", stops[0].Href);

        var language = await FocusProbe.TabUntilAsync(page, f => f.Tag == "a" && f.Text == "English", "The 'English' language switch", maxTabs: 5);
        Assert.True(language.FocusVisible, $"The language switch has no visible focus: {language}");

        var signIn = await FocusProbe.TabAsync(page);
        Assert.True(signIn.Tag == "a" && signIn.Text == "Anmelden", $"Expected the sign-in link after the language switch, but Tab focused {signIn}.");
        Assert.True(signIn.FocusVisible, $"The sign-in link has no visible focus: {signIn}");

        foreach (var href in navigation)
        {
            var link = await FocusProbe.TabAsync(page);
            Assert.True(link.InMainNavigation && link.Href == href, $"Expected the main navigation link '{href}' next, but Tab focused {link}.");
            Assert.True(link.FocusVisible, $"The navigation link has no visible focus: {link}");
        }
    }

    [Fact]
    public async Task enter_on_the_municipalities_navigation_link_opens_the_municipalities_page()
    {
        await using var context = await browser.NewContextAsync(host);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await FocusProbe.TabUntilAsync(page, f => f.InMainNavigation && f.Text == "Stadt und Gemeinden", "The 'Stadt und Gemeinden' navigation link", maxTabs: 12);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/gemeinden");
        await Assertions.Expect(page.Locator(MainNavigationLinks + "[aria-current=page]")).ToHaveTextAsync("Stadt und Gemeinden");
    }
}
