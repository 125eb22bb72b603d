using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>
/// The header of a signed-in person: the sign-out button's words stand on the same line, in the same font, as the
/// language and account links', and signing out is a form post carrying the antiforgery token, without JavaScript too.
/// </summary>
public sealed class HeaderSignOutTests(PlatformHost host, ChromiumBrowser browser)
{
    /// <summary>Each header item's words: top and bottom of their box (same font on the same line: same box), font size and weight.</summary>
    private const string Words = """
        () => ['header .sr-language', 'header .sr-account > a', 'header .sr-account button .kern-label'].map(s => {
          const e = document.querySelector(s);
          const text = [...e.childNodes].find(n => n.nodeType === 3 && n.textContent.trim());
          const range = document.createRange();
          range.selectNodeContents(text);
          const r = range.getBoundingClientRect();
          const c = getComputedStyle(e);
          return [Math.round(r.top), Math.round(r.bottom), parseFloat(c.fontSize), parseFloat(c.fontWeight)];
        })
        """;

    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task the_sign_out_button_lines_up_with_the_other_header_items(int width)
    {
        await using var context = await browser.NewContextAsync(host, "de-DE");
        var page = await context.NewPageAsync();
        await DemoAdmin.SignInAsync(page, host);
        await page.SetViewportSizeAsync(width, 900);
        await page.GotoAsync("/verwaltung");
        await StyleAssert.AllStylesheetsAppliedAsync(page);

        var words = await page.EvaluateAsync<double[][]>(Words);

        var report = string.Join("; ", words.Select(w => string.Join(' ', w)));
        Assert.True(words.All(w => w[2] == words[0][2] && w[3] == words[0][3]), $"at {width} px the header's words differ in font: {report}");
        // Items may wrap onto rows of their own on a narrow screen; items sharing a row share their line exactly.
        var rows = words.GroupBy(w => words.First(o => Math.Abs(o[0] - w[0]) < w[1] - w[0])[0]).ToList();
        Assert.All(rows, row => Assert.True(row.All(w => w[0] == row.First()[0] && w[1] == row.First()[1]), $"at {width} px the header's words stand on different lines: {report}"));
        if (width >= 1280)
        {
            Assert.Single(rows);
        }
    }

    [Fact]
    public async Task signing_out_is_a_form_post_with_the_antiforgery_token_and_works_without_javascript()
    {
        await using var context = await browser.NewContextAsync(host, "de-DE", javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await DemoAdmin.SignInAsync(page, host);
        var form = page.Locator("header form[action='/abmelden']");

        Assert.Equal("post", await form.GetAttributeAsync("method"));
        Assert.False(string.IsNullOrEmpty(await form.Locator("input[name=__RequestVerificationToken]").GetAttributeAsync("value")));
        await form.Locator("button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("header .sr-account a")).ToHaveTextAsync("Anmelden");
        await page.GotoAsync("/verwaltung");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/anmelden"));
    }
}
