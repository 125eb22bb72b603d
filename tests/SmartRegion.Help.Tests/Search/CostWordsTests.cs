using SmartRegion.Help.Search;

namespace SmartRegion.Help.Tests.Search;

/// <summary>Words of cost in a query are the free-of-charge filter (or, for a lack of money, a lift), never keywords.</summary>
public sealed class CostWordsTests(SeedSearch search) : IClassFixture<SeedSearch>
{
    [Theory]
    [InlineData("Kostenlose Rechtsberatung", "Rechtsberatung")]
    [InlineData("Essen umsonst in Rimpar", "Essen in Rimpar")]
    [InlineData("nachhilfe gratis", "nachhilfe")]
    [InlineData("kostenfreie Beratung", "Beratung")]
    [InlineData("free of charge legal advice", "legal advice")]
    [InlineData("Kleidung, die nichts kostet", "Kleidung, die")]
    [InlineData("kostenlos", "")]
    public void words_that_ask_for_free_offers_are_cut_from_the_words(string query, string remainder) =>
        Assert.Equal((true, remainder), CostWords.StripFree(query));

    [Theory]
    [InlineData("Freizeit für Kinder")]
    [InlineData("Kostenbeitrag Tagespflege")]
    [InlineData("Freiwilligenagentur")]
    [InlineData("kein Geld")]
    public void other_words_are_left_alone(string query) =>
        Assert.Equal((false, query), CostWords.StripFree(query));

    [Fact]
    public void lebensmittel_kostenlos_finds_free_food_first_and_not_a_clothes_exchange()
    {
        var outcome = search.Search("Lebensmittel kostenlos");

        Assert.All(outcome.Hits.Take(2), h => Assert.Contains("versorgung.tafel", h.Offer.CategoryCodes));
        Assert.All(outcome.Hits, h => Assert.True(h.Offer.Free, h.Offer.Name + " is not free"));
    }

    [Fact]
    public void essen_umsonst_does_not_put_a_paid_meal_delivery_first()
    {
        var outcome = search.Search("Essen umsonst");

        Assert.NotEmpty(outcome.Hits);
        Assert.DoesNotContain(outcome.Hits, h => h.Offer.Name == "Essen auf Rädern");
        Assert.All(outcome.Hits, h => Assert.True(h.Offer.Free, h.Offer.Name + " is not free"));
    }

    [Fact]
    public void english_words_of_cost_filter_too()
    {
        var outcome = search.Search("Nachhilfe for free");

        Assert.NotEmpty(outcome.Hits);
        Assert.All(outcome.Hits, h => Assert.True(h.Offer.Free, h.Offer.Name + " is not free"));
    }

    [Fact]
    public void kein_geld_names_a_need_free_offers_rank_higher_but_food_banks_with_a_small_fee_stay()
    {
        var outcome = search.Search("ich habe kein geld für essen", perPage: 20);

        Assert.True(outcome.FreeFirst);
        Assert.Contains(outcome.Hits, h => h.Offer.CategoryCodes.Contains("versorgung.tafel") && !h.Offer.Free);
    }
}
