namespace SmartRegion.Help.Tests.Search;

public sealed class SearchEngineTests(SeedSearch search) : IClassFixture<SeedSearch>
{
    [Fact]
    public void a_suicidal_query_shows_the_telefonseelsorge_first_and_is_flagged_as_crisis()
    {
        var outcome = search.Search("ich will nicht mehr leben");

        Assert.True(outcome.Crisis);
        Assert.Equal("TelefonSeelsorge", outcome.Hits[0].Offer.Name);
        Assert.True(outcome.Hits[0].Hotline);
    }

    [Fact]
    public void violence_puts_the_hilfetelefon_first_even_with_a_place_and_a_filter_that_narrow_everything_else()
    {
        var outcome = search.Search("mein mann schlägt mich", "Aub", more: new() { ["free"] = "true" });

        Assert.True(outcome.Crisis);
        Assert.Equal("Hilfetelefon „Gewalt gegen Frauen“", outcome.Hits[0].Offer.Name);
    }

    [Fact]
    public void einkaufshilfe_finds_what_is_described_as_hilfe_beim_einkaufen()
    {
        var names = search.Names("einkaufshilfe", count: 10);

        Assert.Contains(names, n => n.Contains("Einkauf", StringComparison.Ordinal) || n.Contains("Nachbarschaftshilfe", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("schuldnerberatnug", "Schuldner- und Insolvenzberatung")]
    [InlineData("rolstuhl fahrdienst", "Rollstuhlgerechter Fahrdienst")]
    [InlineData("depresion selbsthilfegrupe", "Selbsthilfegruppe Depression „Lichtstreifen“")]
    public void typos_still_find_the_offer(string query, string expected) =>
        Assert.Contains(expected, search.Names(query, count: 3));

    [Fact]
    public void a_place_in_the_query_keeps_offers_there_and_district_wide_ones_and_ranks_the_local_one_first()
    {
        var outcome = search.Search("pflegedienst höchberg");

        Assert.Equal("Ambulanter Pflegedienst für Höchberg und Umgebung", outcome.Hits[0].Offer.Name);
        Assert.All(outcome.Hits, h => Assert.True(
            h.Offer.AreaAgs.Contains("09679147") || h.Offer.DistrictWide || h.Offer.Nationwide,
            h.Offer.Name + " is not offered in Höchberg"));
        Assert.Contains(outcome.Hits, h => h.Offer.DistrictWide && !h.Offer.AreaAgs.Contains("09679147"));
    }

    [Fact]
    public void distance_is_measured_from_the_place_to_the_nearest_location()
    {
        var outcome = search.Search("tafel", "Ochsenfurt");

        var local = outcome.Hits.First(h => h.Offer.Name == "Tafel-Ausgabe Ochsenfurt");
        Assert.NotNull(local.DistanceKm);
        Assert.InRange(local.DistanceKm!.Value, 0, 2);
    }

    [Fact]
    public void filters_narrow_the_hits_to_category_language_and_free_offers()
    {
        var outcome = search.Search("beratung", more: new() { ["category"] = "geld", ["language"] = "tr", ["free"] = "true" });

        Assert.NotEmpty(outcome.Hits);
        Assert.All(outcome.Hits, h =>
        {
            Assert.Contains("geld", h.Offer.CategoryCodes);
            Assert.Contains("tr", h.Offer.Languages);
            Assert.True(h.Offer.Free);
        });
    }

    [Fact]
    public void open_now_keeps_only_offers_open_on_monday_morning()
    {
        var outcome = search.Search("beratung", more: new() { ["open_now"] = "true" });

        Assert.NotEmpty(outcome.Hits);
        Assert.All(outcome.Hits, h => Assert.True(h.OpenNow));
    }

    [Fact]
    public void nothing_found_says_so_with_the_nearest_categories_and_widening_the_area()
    {
        var outcome = search.Search("schuldnerberatung", "Aub");
        var nothing = search.Search("quantenphysik", "Aub");

        Assert.Equal(0, nothing.Total);
        Assert.Empty(nothing.Hits);
        Assert.NotNull(nothing.Suggestions);
        Assert.NotEmpty(nothing.Suggestions.Categories);
        Assert.Equal(0, nothing.Suggestions.TotalWithoutPlace);
        Assert.True(outcome.Total > 0);
    }

    [Fact]
    public void words_that_find_nothing_under_a_filter_suggest_the_category_they_name()
    {
        var outcome = search.Search("schuldnerberatung", more: new() { ["category"] = "mobilitaet.fahrrad" });

        Assert.Equal(0, outcome.Total);
        Assert.Contains(outcome.Suggestions!.Categories, c => c.Code == "geld.schuldnerberatung");
    }

    [Fact]
    public void browsing_a_category_without_words_lists_its_offers()
    {
        var outcome = search.Search("", more: new() { ["category"] = "versorgung.tafel" });

        Assert.True(outcome.Total >= 5);
        Assert.All(outcome.Hits, h => Assert.Contains("versorgung.tafel", h.Offer.CategoryCodes));
    }

    [Fact]
    public void snippets_are_plain_sentences_of_the_description()
    {
        var outcome = search.Search("stromsperre");

        Assert.All(outcome.Hits, h =>
        {
            Assert.DoesNotContain('<', h.Snippet);
            Assert.InRange(h.Snippet.Length, 1, 205);
        });
        Assert.Contains("Strom", outcome.Hits[0].Snippet, StringComparison.Ordinal);
    }
}
