using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// „Wie geht's“ in the browser: axe-core on the search, the results, the guide, an offer and the feedback form in German
/// and English; the keyboard from the search field to an offer; a 320 px wide phone without sideways scrolling; the guide
/// and the feedback form without JavaScript. The host seeds the demo offers (SQLite, as a trial installation).
/// </summary>
public sealed class HelpPagesTests(PlatformHost host, ChromiumBrowser browser)
{
    private const string DebtAdvice = "/hilfe/angebote/f4cfd722-8410-437c-854a-2c1815ca2ff4";

    /// <summary>The states of the help pages a crawl does not reach (the crawls start at /hilfe, a search and the guide).</summary>
    public static readonly TheoryData<string> Pages = new(
    [
        "/hilfe?q=ich%20will%20mich%20umbringen",
        "/hilfe?q=schuldnerberatung&place=09679185&language=ti",
        "/hilfe/wegweiser/gewalt",
        "/hilfe/wegweiser/gewalt?fuer=ich",
        "/hilfe/wegweiser/gewalt?fuer=ich&ort=alle",
        DebtAdvice,
        DebtAdvice + "/drucken",
        DebtAdvice + "/melden",
        DebtAdvice + "/melden?gesendet=true",
    ]);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task help_pages_have_no_wcag_aa_violations_in_german(string path) => await CheckAsync(path, "de-DE", "de");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task help_pages_have_no_wcag_aa_violations_in_english(string path) => await CheckAsync(path, "en-US", "en");

    [Fact]
    public async Task bad_search_input_and_the_feedback_form_with_errors_have_no_wcag_aa_violations()
    {
        await using var context = await browser.NewContextAsync(host, "de-DE");
        var page = await context.NewPageAsync();

        await page.GotoAsync("/hilfe?q=" + new string('a', 300) + "&category=unbekannt");
        await Assertions.Expect(page.Locator(".sr-error-summary")).ToBeVisibleAsync();
        await AxeAssert.NoWcagAaViolationsAsync(page);

        await page.GotoAsync("/hilfe/wegweiser/geldsorgen?fuer=ich&ort=Atlantis");
        await Assertions.Expect(page.Locator(".sr-error-summary")).ToBeVisibleAsync();
        await AxeAssert.NoWcagAaViolationsAsync(page);

        await page.GotoAsync(DebtAdvice + "/melden");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".sr-error-summary")).ToBeVisibleAsync();
        await StyleAssert.AllStylesheetsAppliedAsync(page);
        await AxeAssert.NoWcagAaViolationsAsync(page);
    }

    [Fact]
    public async Task the_keyboard_reaches_the_search_field_a_result_and_the_offer_s_phone_and_feedback_links()
    {
        await using var context = await browser.NewContextAsync(host, "de-DE");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/hilfe");

        var field = await FocusProbe.TabUntilAsync(page, f => f.Id == "feld-q", "The search field", maxTabs: 20);
        Assert.True(field.FocusVisible, $"The search field has no visible focus: {field}");
        await page.Keyboard.TypeAsync("schuldnerberatung");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/hilfe\?q=schuldnerberatung"));

        var result = await FocusProbe.TabUntilAsync(page, f => f.Href == DebtAdvice, "The debt advice result", maxTabs: 80);
        Assert.True(result.FocusVisible, $"The result link has no visible focus: {result}");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + DebtAdvice);

        var phone = await FocusProbe.TabUntilAsync(page, f => f.Href == "tel:09315936465", "The phone link", maxTabs: 40);
        Assert.True(phone.FocusVisible, $"The phone link has no visible focus: {phone}");
        await FocusProbe.TabUntilAsync(page, f => f.Href == DebtAdvice + "/melden", "The feedback link", maxTabs: 40);
    }

    // The crawls check every page they reach at 320 px; these are states they do not reach, and the offer whose long
    // German title once broke the layout.
    [Theory]
    [InlineData("/hilfe?q=ich%20will%20mich%20umbringen")]
    [InlineData("/hilfe/wegweiser/geldsorgen?fuer=ich")]
    [InlineData(DebtAdvice)]
    public async Task a_320_pixel_wide_phone_reads_the_page_without_scrolling_sideways(string path)
    {
        await using var context = await browser.NewContextAsync(host, "de-DE");
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(320, 640);
        await page.GotoAsync(path);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");

        Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]} px wide in a {widths[1]} px viewport.");
    }

    [Fact]
    public async Task the_guide_leads_to_the_results_without_javascript()
    {
        await using var context = await browser.NewContextAsync(host, "de-DE", javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/hilfe/wegweiser");

        await page.Locator("main a[href='/hilfe/wegweiser/geldsorgen']").ClickAsync();
        await page.Locator("#fuer-senioren").CheckAsync();
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.SelectOptionAsync("#feld-ort", "09679185");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.SelectOptionAsync("#feld-sprache", "alle");
        await page.Locator("main form button[type=submit]").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + "/hilfe?lage=geldsorgen&place=09679185&target_group=senioren");
        await Assertions.Expect(page.Locator("#ergebnisse")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task the_feedback_form_is_sent_without_javascript()
    {
        await using var context = await browser.NewContextAsync(host, "de-DE", javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(DebtAdvice + "/melden");

        await page.Locator("#grund-hours").CheckAsync();
        await page.Locator("#feld-comment").FillAsync("Dienstags ist jetzt bis 18 Uhr offen.");
        await page.Locator("main form button[type=submit]").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(host.Origin + DebtAdvice + "/melden?gesendet=true");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Vielen Dank für Ihre Meldung");
    }

    private async Task CheckAsync(string path, string locale, string language)
    {
        await using var context = await browser.NewContextAsync(host, locale);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        // The filters and the Leichte Sprache box are open, so axe checks their content too.
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

        await StyleAssert.AllStylesheetsAppliedAsync(page);
        await AxeAssert.NoWcagAaViolationsAsync(page);
    }
}
