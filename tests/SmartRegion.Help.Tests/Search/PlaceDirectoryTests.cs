using SmartRegion.Help.Search;

namespace SmartRegion.Help.Tests.Search;

public sealed class PlaceDirectoryTests
{
    private readonly PlaceDirectory _places = new(SeedSearch.Municipalities());

    [Theory]
    [InlineData("Zell am Main")]
    [InlineData("zell a.main")]
    [InlineData("Zell a. Main")]
    [InlineData("ZELL")]
    [InlineData("09679209")]
    public void zell_is_found_however_people_write_it(string written) =>
        Assert.Equal("Zell a.Main", _places.Find(written)?.Name);

    [Theory]
    [InlineData("Hoechberg")]
    [InlineData("höchberg")]
    [InlineData("Markt Höchberg")]
    public void hoechberg_is_found_with_or_without_umlaut(string written) =>
        Assert.Equal("Höchberg", _places.Find(written)?.Name);

    [Fact]
    public void hausen_bei_wuerzburg_is_not_mistaken_for_the_city() =>
        Assert.Equal("Hausen b.Würzburg", _places.Find("Hausen bei Würzburg")?.Name);

    [Fact]
    public void a_municipality_named_in_the_query_is_found_and_taken_out_of_the_words()
    {
        var detected = _places.Detect("pflegedinst für meine mutter in rimpar");

        Assert.NotNull(detected);
        Assert.Equal("Rimpar", detected.Value.Place.Name);
        Assert.Equal("pflegedinst für meine mutter in", detected.Value.Remainder);
    }

    [Fact]
    public void a_query_without_a_place_stays_as_it_is() =>
        Assert.Null(_places.Detect("oma braucht hilfe beim einkaufen"));

    [Fact]
    public void an_unknown_place_gets_the_closest_names_as_suggestions()
    {
        Assert.Null(_places.Find("Veitshöchhiem"));
        Assert.Contains("Veitshöchheim", _places.Closest("Veitshöchhiem"));
    }

    [Fact]
    public void the_distance_from_wuerzburg_to_ochsenfurt_is_about_eighteen_kilometres()
    {
        var w = _places.Find("Würzburg")!;
        var o = _places.Find("Ochsenfurt")!;

        Assert.InRange(PlaceDirectory.DistanceKm(w.Latitude, w.Longitude, o.Latitude, o.Longitude), 15, 21);
    }
}
