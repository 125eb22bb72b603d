using SmartRegion.TestKit;
using static SmartRegion.Help.Tests.Providers.ProviderPeople;

namespace SmartRegion.Help.Tests.Providers;

/// <summary>
/// The offer form in English: topics by their English names, and the choices that stay German (the HSDS profile's cost
/// options) marked <c>lang="de"</c>, so screen readers speak them as German.
/// </summary>
public sealed class OfferFormLanguageTests(ProviderHost host) : IntegrationTest<ProviderHost>(host), IClassFixture<ProviderHost>
{
    [Fact]
    public async Task the_english_offer_form_names_topics_in_english_and_marks_the_german_cost_options()
    {
        using var member = await SignedInAsync(Host, "anbieterin@beispiel.de");
        await FoundProviderAsync(Host, member);
        member.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var form = await HtmlPage.LoadAsync(member, $"/hilfe/meine-angebote/{HoechbergService}/bearbeiten");

        Assert.Equal("en", form.Document.DocumentElement.GetAttribute("lang"));
        var topic = form.Document.QuerySelector("#feld-category option[value]:not([value=''])")!;
        Assert.Contains(form.Document.QuerySelectorAll("#feld-category option"), o => o.TextContent.Trim() == "Debt, money & social benefits: Debt & insolvency advice");
        Assert.Empty(form.Document.QuerySelectorAll("#feld-category option[lang]"));
        Assert.NotNull(topic);
        var costs = form.Document.QuerySelectorAll("#feld-cost-option option:not([value=''])").ToList();
        Assert.NotEmpty(costs);
        Assert.All(costs, o => Assert.Equal("de", o.GetAttribute("lang")));
        Assert.Null(form.Document.QuerySelector("#feld-cost-option option[value='']")!.GetAttribute("lang"));
    }
}
