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
}
