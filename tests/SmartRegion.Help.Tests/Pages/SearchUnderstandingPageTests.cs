using System.Net;
using System.Text.Json.Nodes;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Pages;

/// <summary>What the search read out of the words — cost, places — is said on the page and in the API's answer.</summary>
public sealed class SearchUnderstandingPageTests(HelpPagesHost host) : IntegrationTest<HelpPagesHost>(host), IClassFixture<HelpPagesHost>
{
    private async Task<JsonNode> SearchApiAsync(string query) =>
        JsonNode.Parse(await Client.GetStringAsync(new Uri("/api/help/search?" + query, UriKind.Relative), TestContext.Current.CancellationToken))!;

    [Fact]
    public async Task words_of_cost_show_the_free_filter_as_a_removable_filter()
    {
        var page = await GetPageAsync("/hilfe?q=" + Uri.EscapeDataString("Lebensmittel kostenlos"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var applied = page.Document.GetElementById("filter-kostenlos")!;
        Assert.Contains("Nur kostenlose Angebote", applied.TextContent, StringComparison.Ordinal);
        Assert.Equal("/hilfe?q=Lebensmittel", applied.QuerySelector("a")!.GetAttribute("href"));
        var first = page.Document.QuerySelector("main .sr-help-results > li h3")!.TextContent.Trim();
        Assert.NotEqual("Kleiderbörse Aub", first);
    }

    [Fact]
    public async Task the_api_says_the_free_filter_came_from_the_words()
    {
        var json = await SearchApiAsync("q=" + Uri.EscapeDataString("Essen umsonst"));

        Assert.True((bool)json["free"]!["only"]!);
        Assert.True((bool)json["free"]!["from_query"]!);
        Assert.NotEqual("Essen auf Rädern", (string)json["items"]![0]!["name"]!);
        var plain = await SearchApiAsync("q=Essen");
        Assert.False((bool)plain["free"]!["only"]!);
    }

    [Fact]
    public async Task weaker_offers_are_listed_under_their_own_heading_after_the_good_matches()
    {
        var page = await GetPageAsync("/hilfe?q=schuldnerberatung&per_page=50");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var further = page.Document.QuerySelector("main section.sr-help-further")!;
        Assert.Matches(@"^Weitere, weniger passende Angebote \(\d+\)$", further.QuerySelector("h2#weitere")!.TextContent.Trim());
        var good = page.Document.QuerySelector("main .sr-help-results")!;
        Assert.Null(good.Closest("section.sr-help-further"));
        Assert.Contains(good.QuerySelectorAll("h3 a"), a => a.GetAttribute("href") == "/hilfe/angebote/" + DemoOffers.DebtAdvice);
        Assert.DoesNotContain(further.QuerySelectorAll("h3 a"), a => a.GetAttribute("href") == "/hilfe/angebote/" + DemoOffers.DebtAdvice);
        var json = await SearchApiAsync("q=schuldnerberatung&per_page=50");
        var goodTotal = (int)json["good_total"]!;
        Assert.Equal($"{goodTotal} Angebote gefunden", page.Document.GetElementById("ergebnisse")!.TextContent.Trim());
        Assert.Equal(good.QuerySelectorAll(":scope > li").Length, goodTotal);
        var flags = json["items"]!.AsArray().Select(i => (bool)i!["good_match"]!).ToList();
        Assert.Equal(goodTotal, flags.TakeWhile(f => f).Count());
        Assert.Contains(false, flags);
    }

    [Fact]
    public async Task the_openapi_document_explains_the_good_and_the_further_offers()
    {
        var document = JsonNode.Parse(await Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken))!;

        var schemas = document["components"]!["schemas"]!;
        var answer = (string)document["paths"]!["/api/help/search"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!;
        var results = schemas[answer.Split('/')[^1]]!["properties"]!;
        Assert.NotNull(results["good_total"]!["description"]);
        var item = (string)results["items"]!["items"]!["$ref"]!;
        Assert.Contains("less relevant", (string)schemas[item.Split('/')[^1]]!["properties"]!["good_match"]!["description"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_place_outside_the_region_is_named_on_the_page_and_in_the_api()
    {
        var page = await GetPageAsync("/hilfe?q=" + Uri.EscapeDataString("Pflegeberatung Kitzingen"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Kitzingen liegt nicht in der Region Würzburg", page.Document.GetElementById("ausserhalb")!.TextContent.Trim(), StringComparison.Ordinal);
        var outside = await SearchApiAsync("q=" + Uri.EscapeDataString("Pflegeberatung Kitzingen"));
        var region = await SearchApiAsync("q=Pflegeberatung");
        Assert.Equal("Kitzingen", (string)outside["outside_place"]!);
        Assert.Null(region["outside_place"]);
        Assert.True((int)outside["total"]! < (int)region["total"]!);
    }
}
