using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Help.Search;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Pages;

/// <summary>
/// Topic names speak the page's language: the directory's own topics have English names on English pages; a topic
/// without one (renamed or imported) keeps its German name, marked <c>lang="de"</c>.
/// </summary>
public sealed class TopicNameTests(HelpPagesHost host) : IntegrationTest<HelpPagesHost>(host), IClassFixture<HelpPagesHost>
{
    private const string DebtPage = "/hilfe/angebote/" + DemoOffers.DebtAdvice;

    [Fact]
    public async Task the_topic_choices_of_the_search_are_english_on_the_english_page_and_german_on_the_german_one()
    {
        var german = await GetPageAsync("/hilfe?q=schulden&category=geld");
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await GetPageAsync("/hilfe?q=schulden&category=geld");

        Assert.Equal("Schulden, Geld & Sozialleistungen", Option(german, "geld").TextContent.Trim());
        Assert.Equal("Debt, money & social benefits", Option(english, "geld").TextContent.Trim());
        Assert.Equal("– Debt & insolvency advice", Option(english, "geld.schuldnerberatung").TextContent.Trim());
        // Every topic of the directory's own list has its English name: no option is left in German.
        Assert.Empty(english.Document.QuerySelectorAll("#feld-category option[lang]"));
        Assert.Empty(german.Document.QuerySelectorAll("#feld-category option[lang]"));
    }

    [Fact]
    public async Task the_offer_page_names_its_topics_in_english_on_the_english_page()
    {
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var page = await GetPageAsync(DebtPage);

        var topics = page.Document.QuerySelectorAll("main a[href^='/hilfe?category=']").ToList();
        Assert.NotEmpty(topics);
        Assert.Contains(topics, a => a.TextContent.Trim() == "Debt & insolvency advice");
        Assert.All(topics, a => Assert.Null(a.GetAttribute("lang")));
    }

    [Fact]
    public async Task a_renamed_topic_keeps_its_own_german_name_marked_as_german_on_the_english_page()
    {
        await Host.QueryAsync(db => db.TaxonomyTerms.Where(t => t.Code == "geld.schuldnerberatung").ExecuteUpdateAsync(s => s.SetProperty(t => t.Name, "Hilfe bei Schulden")));
        await Host.Services.GetRequiredService<SearchIndex>().UpdateAsync([], [], CancellationToken.None);
        await Host.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(SmartRegion.Kernel.Web.PageCache.Tag, CancellationToken.None);
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var search = await GetPageAsync("/hilfe?q=schulden&category=geld");
        var offer = await GetPageAsync(DebtPage);

        var option = Option(search, "geld.schuldnerberatung");
        Assert.Equal("– Hilfe bei Schulden", option.TextContent.Trim());
        Assert.Equal("de", option.GetAttribute("lang"));
        Assert.Null(Option(search, "geld").GetAttribute("lang"));
        var topic = Assert.Single(offer.Document.QuerySelectorAll("main a[href='/hilfe?category=geld.schuldnerberatung']"));
        Assert.Equal("Hilfe bei Schulden", topic.TextContent.Trim());
        Assert.Equal("de", topic.GetAttribute("lang"));
    }

    private static AngleSharp.Dom.IElement Option(HtmlPage page, string value) =>
        page.Document.QuerySelector($"#feld-category option[value='{value}']") ?? throw new Xunit.Sdk.XunitException($"no option {value}");
}
