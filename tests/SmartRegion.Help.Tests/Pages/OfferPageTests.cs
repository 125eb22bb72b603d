using System.Net;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Pages;

public sealed class OfferPageTests(HelpPagesHost host) : IntegrationTest<HelpPagesHost>(host), IClassFixture<HelpPagesHost>
{
    private const string DebtPage = "/hilfe/angebote/" + DemoOffers.DebtAdvice;

    [Fact]
    public async Task the_offer_page_says_what_it_is_for_whom_what_it_costs_and_how_to_get_it()
    {
        var page = await GetPageAsync(DebtPage);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Schuldner- und Insolvenzberatung", page.H1);
        Assert.StartsWith("Schuldner- und Insolvenzberatung – ", page.Title, StringComparison.Ordinal);
        var headings = page.Document.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        // Contact first: the phone number is in view on a phone without scrolling.
        Assert.Equal(["Kontakt", "Was ist das?", "Für wen?", "So bekommen Sie die Hilfe", "Kosten", "Wo und wann?", "Sprachen", "Für welche Orte?"], headings);
        var text = page.Document.QuerySelector("main")!.TextContent;
        Assert.Contains("Mahnungen stapeln", text, StringComparison.Ordinal);
        Assert.Contains("Privatpersonen und ehemals Selbstständige", text, StringComparison.Ordinal);
        Assert.Contains("Alter: ab 18 Jahren", text, StringComparison.Ordinal);
        Assert.Contains("Erstkontakt telefonisch", text, StringComparison.Ordinal);
        Assert.Contains("kostenlos", text, StringComparison.Ordinal);
        Assert.Contains("Stadt Würzburg, Landkreis Würzburg", text, StringComparison.Ordinal);
        Assert.Contains("Zuletzt bestätigt am 26.11.2026.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_phone_number_is_a_tel_link_with_digits_only_and_the_email_a_mailto_link()
    {
        var page = await GetPageAsync(DebtPage);

        var phone = Assert.Single(page.Document.QuerySelectorAll("main a[href^='tel:']"));
        Assert.Equal("tel:09315936465", phone.GetAttribute("href"));
        Assert.Equal("0931 59364-65", phone.TextContent.Trim());
        Assert.Equal("mailto:schuldnerberatung.sozialwerk-mainbogen@example.org",
            page.Document.QuerySelector("main a[href^='mailto:']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task every_place_links_to_openstreetmap_and_the_page_embeds_nothing_from_another_origin()
    {
        var page = await GetPageAsync(DebtPage);

        var maps = page.Document.QuerySelectorAll("main a[href^='https://www.openstreetmap.org/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(3, maps.Count);
        Assert.Contains("https://www.openstreetmap.org/?mlat=49.79396&mlon=9.9294#map=18/49.79396/9.9294", maps);
        Assert.Empty(page.Document.QuerySelectorAll("iframe, img[src^='http'], script[src^='http'], link[href^='http']"));
        Assert.Contains("Kapellengasse 14", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Straßenbahnhaltestelle Dom", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task opening_hours_read_in_plain_german_and_only_the_place_open_on_tuesday_at_ten_says_jetzt_geoeffnet()
    {
        var page = await GetPageAsync(DebtPage);

        var places = page.Document.QuerySelectorAll("main .sr-help-place").ToList();
        var hours = places.SelectMany(p => p.QuerySelectorAll(".sr-help-hours li")).Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Montag bis Donnerstag, 9:00–12:00 Uhr", hours);
        Assert.Contains("Dienstag, 14:00–17:00 Uhr", hours);
        Assert.Contains("jeden 2. und 4. Donnerstag im Monat, 14:00–16:30 Uhr", hours);
        var open = Assert.Single(places, p => p.QuerySelector(".sr-help-open") is not null);
        Assert.Equal("Beratungszentrum Sozialwerk Mainbogen", open.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal("Jetzt geöffnet", open.QuerySelector(".sr-help-open")!.TextContent.Trim());
        Assert.Equal(2, places.Count(p => p.QuerySelector(".sr-help-closed")?.TextContent.Trim() == "Jetzt geschlossen"));
    }

    [Fact]
    public async Task accessibility_of_each_place_is_listed_with_its_details()
    {
        var page = await GetPageAsync(DebtPage);

        var entries = page.Document.QuerySelectorAll("main .sr-help-accessibility li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("rollstuhlgerecht: Stufenloser Eingang, Beratungsräume ebenerdig oder mit Aufzug erreichbar, barrierefreies WC.", entries);
        Assert.Contains(entries, e => e.StartsWith("eingeschränkt barrierefrei: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task languages_name_leichte_sprache_and_gebaerdensprache()
    {
        var page = await GetPageAsync("/hilfe/angebote/" + DemoOffers.Participation);

        var languages = page.Document.QuerySelectorAll("main .sr-help-languages li").Select(li => li.TextContent.Trim().Split(" – ")[0]).ToList();
        Assert.Equal(["Deutsch", "Leichte Sprache", "Deutsche Gebärdensprache", "Englisch"], languages);
    }

    [Fact]
    public async Task a_nationwide_hotline_is_open_around_the_clock_and_has_no_map_link()
    {
        var page = await GetPageAsync("/hilfe/angebote/" + DemoOffers.TelefonSeelsorge);

        var text = page.Document.QuerySelector("main")!.TextContent;
        Assert.Contains("rund um die Uhr", text, StringComparison.Ordinal);
        Assert.Contains("Bundesweit", text, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main .sr-help-open"));
        Assert.Empty(page.Document.QuerySelectorAll("main a[href*='openstreetmap']"));
        Assert.Equal(["tel:08001110111", "tel:08001110222"], page.Document.QuerySelectorAll("main a[href^='tel:']").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task in_english_the_page_frame_and_the_opening_hours_are_english()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, DebtPage);
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        var page = await HtmlPage.FromAsync(await Client.SendAsync(request), DebtPage);

        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        var hours = page.Document.QuerySelectorAll("main .sr-help-hours li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Monday to Thursday, 9:00–12:00", hours);
        Assert.Equal("Open now", page.Document.QuerySelector("main .sr-help-open")!.TextContent.Trim());
    }

    [Fact]
    public async Task in_english_the_offer_s_german_texts_carry_lang_de_and_the_fixed_labels_and_dates_are_english()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, DebtPage);
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        var page = await HtmlPage.FromAsync(await Client.SendAsync(request), DebtPage);

        Assert.Equal("de", page.Document.QuerySelector("main h1")!.GetAttribute("lang"));
        Assert.Equal("de", page.Document.QuerySelector("main .kern-preline")!.GetAttribute("lang"));
        Assert.Equal("de", page.Document.QuerySelector("#angebot-was ~ p")!.GetAttribute("lang"));
        var access = page.Document.QuerySelectorAll("main .sr-help-accessibility li").ToList();
        Assert.Contains(access, li => li.TextContent.StartsWith("wheelchair accessible: ", StringComparison.Ordinal)
            && li.QuerySelector(".kern-body--bold")!.GetAttribute("lang") is null
            && li.QuerySelector("span[lang=de]")!.TextContent.Contains("Stufenloser Eingang", StringComparison.Ordinal));
        Assert.Contains(access, li => li.TextContent.StartsWith("partly accessible: ", StringComparison.Ordinal));
        var text = page.Document.QuerySelector("main")!.TextContent;
        Assert.Contains("City of Würzburg, District of Würzburg", text, StringComparison.Ordinal);
        Assert.Contains("Last confirmed on 26/11/2026.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("rollstuhlgerecht", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task in_german_the_offer_s_texts_carry_no_language_of_their_own()
    {
        var page = await GetPageAsync(DebtPage);

        Assert.Empty(page.Document.QuerySelectorAll("main [lang]"));
    }

    [Fact]
    public async Task the_offer_page_links_to_its_print_view_and_to_the_feedback_form()
    {
        var page = await GetPageAsync(DebtPage);

        var links = page.Document.QuerySelectorAll("main a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Contains(("Drucken", DebtPage + "/drucken"), links);
        Assert.Contains(("Angaben veraltet? Melden", DebtPage + "/melden"), links);
        Assert.Empty(page.Document.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task the_print_view_has_no_site_navigation_or_badge_and_writes_out_the_addresses_of_links()
    {
        var page = await GetPageAsync(DebtPage + "/drucken");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Schuldner- und Insolvenzberatung", page.H1);
        Assert.Null(page.Document.QuerySelector("nav"));
        Assert.Null(page.Document.QuerySelector("footer"));
        Assert.Null(page.Document.QuerySelector("form"));
        Assert.Null(page.Document.QuerySelector(".kern-badge"));
        Assert.Empty(page.Document.QuerySelectorAll("script"));
        var text = page.Document.Body!.TextContent;
        Assert.Contains("https://www.openstreetmap.org/?mlat=49.79396&mlon=9.9294#map=18/49.79396/9.9294", text, StringComparison.Ordinal);
        Assert.Contains("0931 59364-65", text, StringComparison.Ordinal);
        Assert.Contains("Montag bis Donnerstag, 9:00–12:00 Uhr", text, StringComparison.Ordinal);
        // The platform's own address (the test server's listening address), as in its mails.
        Assert.Matches(@"http://localhost(:\d+)?" + System.Text.RegularExpressions.Regex.Escape(DebtPage), text);
    }

    [Fact]
    public async Task the_print_view_names_the_platforms_own_address_whatever_host_the_request_named()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(DebtPage + "/drucken", UriKind.Relative));
        request.Headers.Host = "evil.example";

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("evil.example", html, StringComparison.Ordinal);
        Assert.Matches(@"http://localhost(:\d+)?" + System.Text.RegularExpressions.Regex.Escape(DebtPage), html);
    }

    [Theory]
    [InlineData("/hilfe/angebote/00000000-0000-4000-8000-000000000000")]
    [InlineData("/hilfe/angebote/%3Cscript%3E")]
    [InlineData("/hilfe/angebote/00000000-0000-4000-8000-000000000000/drucken")]
    [InlineData("/hilfe/angebote/00000000-0000-4000-8000-000000000000/melden")]
    public async Task an_unknown_offer_answers_with_the_sites_not_found_page(string path)
    {
        var page = await GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.NotNull(page.H1);
        Assert.DoesNotContain("<script>", page.Document.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_very_long_offer_id_is_a_not_found_page_not_a_server_error()
    {
        var page = await GetPageAsync("/hilfe/angebote/" + new string('a', 5000));

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }
}
