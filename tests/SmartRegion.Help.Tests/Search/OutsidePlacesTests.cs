using SmartRegion.Help.Search;

namespace SmartRegion.Help.Tests.Search;

/// <summary>A place outside the region is recognised, not searched as a word, and limits the search to offers for everyone.</summary>
public sealed class OutsidePlacesTests(SeedSearch search) : IClassFixture<SeedSearch>
{
    private ParsedSearch Parse(Dictionary<string, string?> query)
    {
        using var lease = search.Index.Acquire();
        var parsed = SearchRequest.Parse(query, search.Places, lease.CategoryCodes, SeedSearch.Text);
        Assert.True(parsed.IsOk, string.Join("; ", parsed.Errors.SelectMany(e => e.Value)));
        return parsed.Value!;
    }

    [Theory]
    [InlineData("Schuldnerberatung Kitzingen", "Kitzingen", "Schuldnerberatung")]
    [InlineData("tafel in schweinfurt", "Schweinfurt", "tafel in")]
    [InlineData("Pflegedienst Berlin", "Berlin", "Pflegedienst")]
    [InlineData("Suchtberatung Bad Kissingen", "Bad Kissingen", "Suchtberatung")]
    [InlineData("Hilfe in Lohr am Main", "Lohr am Main", "Hilfe in")]
    [InlineData("nürnberg", "Nürnberg", "")]
    public void a_place_outside_the_region_in_the_words_is_recognised_and_cut_from_them(string query, string place, string remainder)
    {
        var parsed = Parse(new() { ["q"] = query });

        Assert.Equal(place, parsed.Spec.OutsidePlace);
        Assert.Equal(remainder, parsed.Spec.Text);
        Assert.Null(parsed.Spec.Place);
    }

    [Theory]
    [InlineData("Essen auf Rädern")]
    [InlineData("Hof und Garten Hilfe")]
    [InlineData("Turnhalle für Senioren")]
    [InlineData("Halle mieten")]
    [InlineData("Weiden schneiden Nachbarschaftshilfe")]
    [InlineData("Tafel Rimpar")]
    [InlineData("Zell am Main Pflege")]
    [InlineData("Kirchheim Seniorentreff")]
    public void everyday_words_and_the_regions_own_places_are_not_taken_for_places_outside(string query) =>
        Assert.Null(Parse(new() { ["q"] = query }).Spec.OutsidePlace);

    [Fact]
    public void no_outside_place_is_also_a_word_of_the_search_dictionaries_or_a_municipality_of_the_region()
    {
        var dictionaries = HelpDictionaries.Default;
        var words = dictionaries.SynonymLines.Concat(dictionaries.CrisisLines).Concat(dictionaries.IntentWords).Concat(dictionaries.ContextWords)
            .SelectMany(l => l.Split([',', ' ', '=', '>', '[', ']'], StringSplitOptions.RemoveEmptyEntries))
            .Select(HelpAnalyzer.Fold).Concat(dictionaries.StopWords.Cast<object>().Select(Text))
            .ToHashSet(StringComparer.Ordinal);
        var parts = dictionaries.WordParts.Cast<object>().Select(Text).ToHashSet(StringComparer.Ordinal);
        var region = search.Places.All.Select(m => PlaceDirectory.Key(m.Name)).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(OutsidePlaces.Default.Keys, k => words.Contains(k) || parts.Contains(k) || region.Contains(k) || search.Places.Find(k) is not null);
    }

    private static string Text(object word) => word is char[] chars ? new string(chars) : word.ToString()!;

    [Fact]
    public void an_outside_place_as_the_place_parameter_is_recognised_instead_of_refused()
    {
        var parsed = Parse(new() { ["q"] = "Schuldnerberatung", ["place"] = "Kitzingen" });

        Assert.Equal("Kitzingen", parsed.Spec.OutsidePlace);
    }

    [Fact]
    public void only_district_wide_and_nationwide_offers_are_shown_for_a_place_outside()
    {
        var outcome = search.Search("Beratung Schweinfurt", perPage: 50);
        var everywhere = search.Search("Beratung", perPage: 50);

        Assert.NotEmpty(outcome.Hits);
        Assert.All(outcome.Hits, h => Assert.True(h.Offer.DistrictWide || h.Offer.Nationwide, h.Offer.Name + " is offered only in part of the region"));
        Assert.True(outcome.Total < everywhere.Total);
    }
}
