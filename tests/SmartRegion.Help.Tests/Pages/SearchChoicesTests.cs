using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Help.Finding;
using SmartRegion.Help.Search;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Pages;

/// <summary>The search form's choice lists are worked out once per state of the offers, not on every search.</summary>
public sealed class SearchChoicesTests(HelpPagesHost host) : IntegrationTest<HelpPagesHost>(host), IClassFixture<HelpPagesHost>
{
    [Fact]
    public async Task searches_reuse_the_choice_lists_until_the_offers_change()
    {
        var choices = Host.Services.GetRequiredService<SearchChoices>();
        var index = Host.Services.GetRequiredService<SearchIndex>();
        // An earlier test may have left the lists computed for today's offers: start from stale lists.
        await index.UpdateAsync([], [], CancellationToken.None);
        var before = choices.Computed;

        var first = await GetPageAsync("/hilfe?q=schulden");
        var second = await GetPageAsync("/hilfe?q=miete");

        Assert.Equal(before + 1, choices.Computed);
        Assert.Equal(
            first.Document.QuerySelectorAll("#feld-category option").Select(o => o.GetAttribute("value")),
            second.Document.QuerySelectorAll("#feld-category option").Select(o => o.GetAttribute("value")));
        Assert.Contains(second.Document.QuerySelectorAll("#feld-language option"), o => o.GetAttribute("value") == "tr");

        // Any change of the indexed offers (here: an empty update) makes the lists stale.
        await index.UpdateAsync([], [], CancellationToken.None);
        await GetPageAsync("/hilfe?q=schulden");

        Assert.Equal(before + 2, choices.Computed);
    }

    [Fact]
    public async Task the_choice_lists_follow_the_language_of_the_visitor()
    {
        var german = await GetPageAsync("/hilfe?q=schulden");
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await GetPageAsync("/hilfe?q=schulden");

        Assert.Equal("In der ganzen Region", german.Document.QuerySelector("#feld-place option")!.TextContent.Trim());
        Assert.Equal("Anywhere in the region", english.Document.QuerySelector("#feld-place option")!.TextContent.Trim());
    }
}
