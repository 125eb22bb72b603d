using System.Net;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Pages;

public sealed class GuideTests(HelpPagesHost host) : IntegrationTest<HelpPagesHost>(host), IClassFixture<HelpPagesHost>
{
    [Fact]
    public async Task the_guide_lists_the_life_situations_as_links()
    {
        var page = await GetPageAsync("/hilfe/wegweiser");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var links = page.Document.QuerySelectorAll("main .sr-help-situations a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Contains(("Geldsorgen und Schulden", "/hilfe/wegweiser/geldsorgen"), links);
        Assert.Contains(("Angehörige pflegen", "/hilfe/wegweiser/angehoerige-pflegen"), links);
        Assert.Contains(("Neu in Deutschland", "/hilfe/wegweiser/neu-in-deutschland"), links);
        Assert.Contains(("Gewalt erlebt oder bedroht", "/hilfe/wegweiser/gewalt"), links);
        Assert.Equal(11, links.Count);
    }

    [Fact]
    public async Task three_get_forms_with_back_links_lead_to_the_search_with_category_place_language_and_target_group()
    {
        var first = await GetPageAsync("/hilfe/wegweiser/geldsorgen");
        Assert.Equal("Frage 1 von 3", first.Document.QuerySelector("main .kern-preline")!.TextContent.Trim());
        Assert.Equal("get", first.Document.QuerySelector("main form")!.GetAttribute("method"));
        Assert.Equal(4, first.Document.QuerySelectorAll("main input[type=radio][name=fuer]").Length);
        Assert.Equal("/hilfe/wegweiser", BackLink(first));

        var second = await GetPageAsync("/hilfe/wegweiser/geldsorgen?fuer=senioren");
        Assert.Equal("Frage 2 von 3", second.Document.QuerySelector("main .kern-preline")!.TextContent.Trim());
        Assert.Equal("senioren", second.Document.QuerySelector("main input[type=hidden][name=fuer]")!.GetAttribute("value"));
        var places = second.Document.QuerySelectorAll("#feld-ort option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal("alle", places[0]);
        Assert.Contains("09679185", places);
        Assert.Equal(54, places.Count);
        Assert.Equal("/hilfe/wegweiser/geldsorgen", BackLink(second));

        var third = await GetPageAsync("/hilfe/wegweiser/geldsorgen?fuer=senioren&ort=09679185");
        Assert.Equal("Frage 3 von 3", third.Document.QuerySelector("main .kern-preline")!.TextContent.Trim());
        var languages = third.Document.QuerySelectorAll("#feld-sprache option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains("tr", languages);
        Assert.Contains("leichte-sprache", languages);
        Assert.Contains("gsg", languages);
        Assert.Equal("/hilfe/wegweiser/geldsorgen?fuer=senioren", BackLink(third));

        var done = await Client.GetAsync(new Uri("/hilfe/wegweiser/geldsorgen?fuer=senioren&ort=09679185&sprache=tr", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/hilfe?lage=geldsorgen&place=09679185&language=tr&target_group=senioren", done.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task answering_myself_anywhere_and_any_language_leads_to_the_category_alone()
    {
        var done = await Client.GetAsync(new Uri("/hilfe/wegweiser/neu-in-deutschland?fuer=ich&ort=alle&sprache=alle", UriKind.Relative));

        Assert.Equal("/hilfe?lage=neu-in-deutschland", done.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task the_violence_situation_shows_the_crisis_hotlines_first_on_every_step()
    {
        foreach (var url in new[] { "/hilfe/wegweiser/gewalt", "/hilfe/wegweiser/gewalt?fuer=ich", "/hilfe/wegweiser/gewalt?fuer=ich&ort=alle" })
        {
            var page = await GetPageAsync(url);

            var crisis = page.Document.QuerySelector("main .sr-help-crisis");
            Assert.NotNull(crisis);
            Assert.True(crisis.CompareDocumentPosition(page.Document.QuerySelector("main form")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
            var numbers = crisis.QuerySelectorAll("a[href^='tel:']").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal("tel:110", numbers[0]);
            Assert.Contains("tel:116016", numbers);
            Assert.Contains("tel:08001110111", numbers);
        }
    }

    [Fact]
    public async Task a_situation_without_danger_shows_no_crisis_block()
    {
        var page = await GetPageAsync("/hilfe/wegweiser/geldsorgen");

        Assert.Null(page.Document.QuerySelector("main .sr-help-crisis"));
    }

    [Theory]
    [InlineData("/hilfe/wegweiser/geldsorgen?fuer=jeder", "feld-fuer")]
    [InlineData("/hilfe/wegweiser/geldsorgen?fuer=ich&ort=Atlantis", "feld-ort")]
    [InlineData("/hilfe/wegweiser/geldsorgen?fuer=ich&ort=alle&sprache=klingonisch", "feld-sprache")]
    public async Task an_answer_that_is_not_on_the_list_shows_the_step_again_with_the_error_summary(string url, string field)
    {
        var page = await GetPageAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.StartsWith("Fehler: ", page.Title, StringComparison.Ordinal);
        Assert.Equal(field, Assert.Single(page.ErrorSummaryLinks()).Target);
        Assert.NotNull(page.Document.GetElementById(field));
    }

    [Fact]
    public async Task an_unknown_situation_is_not_found()
    {
        var page = await GetPageAsync("/hilfe/wegweiser/gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task the_search_from_the_guide_shows_the_offers_of_every_category_of_the_situation()
    {
        // Loneliness spans categories of several topics: visiting services are filed under the neighbourhood, not under grief.
        var page = await GetPageAsync("/hilfe?lage=einsamkeit&per_page=50");
        var visiting = System.Text.Json.Nodes.JsonNode.Parse(await Client.GetStringAsync(
            new Uri("/api/help/search?category=nachbarschaft.besuchsdienst&per_page=50", UriKind.Relative), TestContext.Current.CancellationToken))!;

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var shown = page.Document.QuerySelectorAll("main .sr-help-results h3 a").Select(a => a.GetAttribute("href")).ToHashSet();
        var ids = visiting["items"]!.AsArray().Select(i => "/hilfe/angebote/" + (string)i!["id"]!).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Contains(id, shown));
    }

    [Fact]
    public async Task the_search_api_takes_several_categories_separated_by_commas()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(await Client.GetStringAsync(
            new Uri("/api/help/search?category=geld.schuldnerberatung,versorgung.tafel&per_page=50", UriKind.Relative), TestContext.Current.CancellationToken))!;
        var categories = json["items"]!.AsArray().Select(i => i!["categories"]!.AsArray().Select(c => (string)c!).ToList()).ToList();

        Assert.Contains(categories, c => c.Contains("geld.schuldnerberatung"));
        Assert.Contains(categories, c => c.Contains("versorgung.tafel"));
        Assert.All(categories, c => Assert.True(c.Contains("geld.schuldnerberatung") || c.Contains("versorgung.tafel")));
        using var bad = await Client.GetAsync(new Uri("/api/help/search?category=geld.schuldnerberatung,gibt-es-nicht", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private static string? BackLink(HtmlPage page) =>
        page.Document.QuerySelectorAll("main a").FirstOrDefault(a => a.TextContent.Trim() == "Zurück")?.GetAttribute("href");
}
