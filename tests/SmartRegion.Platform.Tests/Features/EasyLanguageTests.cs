using System.Net;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Features;

/// <summary>Leichte Sprache: a page per area the installed modules explain, and a registration page that promises only what exists.</summary>
public sealed class EasyLanguageTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    [Fact]
    public async Task the_overview_links_a_page_for_each_area_of_the_installed_modules_and_promises_nothing_else()
    {
        var page = await GetPageAsync("/leichte-sprache");

        var areas = page.Document.QuerySelectorAll(".sr-easy-area a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(new[] { "/leichte-sprache/hilfe", "/leichte-sprache/daten", "/leichte-sprache/konto", "/barriere-melden" }, areas);
        Assert.DoesNotContain("sagen, was Sie denken", page.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(areas.Count, page.Document.QuerySelectorAll(".sr-easy-area svg[aria-hidden='true']").Length);
    }

    [Theory]
    [InlineData("hilfe", "Hilfe finden", "/hilfe")]
    [InlineData("daten", "Offene Daten", "/daten")]
    [InlineData("konto", "Ihr Konto", "/registrieren")]
    public async Task each_area_page_explains_in_short_sentences_and_leads_to_the_area(string slug, string title, string area)
    {
        var page = await GetPageAsync("/leichte-sprache/" + slug);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(title, page.H1);
        var sentences = page.Document.QuerySelectorAll("main .sr-easy-language > p")
            .Where(p => p.QuerySelector("a") is null)
            .Select(p => p.TextContent.Trim())
            .ToList();
        Assert.True(sentences.Count >= 5, $"{sentences.Count} sentences");
        // Leichte Sprache: short sentences, no resource key left unresolved.
        Assert.All(sentences, s => Assert.True(s.Split(' ').Length <= 15 && !s.StartsWith("Easy.", StringComparison.Ordinal), s));
        Assert.NotNull(page.Document.QuerySelector($"main a[href='{area}']"));
        Assert.NotNull(page.Document.QuerySelector("main a[href='/leichte-sprache']"));
    }

    [Fact]
    public async Task the_area_pages_are_in_english_too_and_an_unknown_area_is_not_found()
    {
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var help = await GetPageAsync("/leichte-sprache/hilfe");
        var unknown = await Client.GetAsync(new Uri("/leichte-sprache/abstimmen", UriKind.Relative));

        Assert.Equal("Finding help", help.H1);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task registration_lists_what_an_account_is_for_from_the_modules_and_nothing_they_do_not_offer()
    {
        var page = await GetPageAsync("/registrieren");

        var uses = page.Document.QuerySelectorAll("ul[aria-labelledby='konto-nutzen'] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(4, uses.Count);
        Assert.Contains(uses, u => u.StartsWith("eine Organisation anlegen", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.Contains("Wie geht's?", StringComparison.Ordinal));
        Assert.DoesNotContain("abstimmen", page.Document.Body!.TextContent, StringComparison.Ordinal);
    }
}
