namespace SmartRegion.Help.Tests.Search;

/// <summary>The search splits what it found into good matches and further, less relevant offers after them.</summary>
public sealed class GoodMatchTests(SeedSearch search) : IClassFixture<SeedSearch>
{
    [Fact]
    public void schuldnerberatung_keeps_the_debt_advice_as_a_good_match_and_puts_mere_counselling_after_it()
    {
        var outcome = search.Search("Schuldnerberatung", perPage: 50);

        Assert.InRange(outcome.GoodTotal, 1, outcome.Total / 4);
        Assert.True(outcome.Hits.Single(h => h.Offer.Name == "Schuldner- und Insolvenzberatung").Good);
        Assert.False(outcome.Hits.Single(h => h.Offer.Name == "Erziehungs- und Familienberatung").Good);
        Assert.Equal(outcome.GoodTotal, outcome.Hits.TakeWhile(h => h.Good).Count());
        Assert.All(outcome.Hits.SkipWhile(h => h.Good), h => Assert.False(h.Good));
    }

    [Fact]
    public void selbstmord_still_shows_the_crisis_hotline_first_as_a_good_match_and_pads_far_less()
    {
        var outcome = search.Search("selbstmord", perPage: 50);

        Assert.True(outcome.Crisis);
        Assert.Equal("TelefonSeelsorge", outcome.Hits[0].Offer.Name);
        Assert.True(outcome.Hits[0].Good);
        Assert.InRange(outcome.GoodTotal, 1, outcome.Total / 4);
        Assert.Contains(outcome.Hits.Where(h => h.Good), h => h.Offer.Name == "Offene Krisensprechstunde");
    }

    [Fact]
    public void hotlines_that_crisis_words_put_first_are_good_matches_even_when_their_text_matches_weakly()
    {
        var outcome = search.Search("mein mann schlägt mich", perPage: 50);

        Assert.All(outcome.Hits.Where(h => h.Hotline), h => Assert.True(h.Good, h.Offer.Name));
        Assert.True(outcome.Hits.TakeWhile(h => h.Hotline).Any());
    }

    [Fact]
    public void browsing_by_filters_alone_has_no_weaker_rest()
    {
        var outcome = search.Search("", more: new() { ["category"] = "senioren" });

        Assert.Equal(outcome.Total, outcome.GoodTotal);
        Assert.All(outcome.Hits, h => Assert.True(h.Good));
    }

    [Fact]
    public void sorted_by_distance_the_good_matches_still_come_first()
    {
        var outcome = search.Search("Schuldnerberatung", "Aub", perPage: 50, more: new() { ["sort"] = "distance" });

        Assert.Equal(outcome.GoodTotal, outcome.Hits.TakeWhile(h => h.Good).Count());
        var good = outcome.Hits.Where(h => h.Good).Select(h => h.DistanceKm ?? double.MaxValue).ToList();
        Assert.Equal(good.Order(), good);
    }
}
