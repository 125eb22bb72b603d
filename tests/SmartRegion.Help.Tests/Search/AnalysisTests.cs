using SmartRegion.Help.Search;

namespace SmartRegion.Help.Tests.Search;

public sealed class AnalysisTests : IDisposable
{
    private readonly HelpAnalyzer _analyzer = new(HelpDictionaries.Default);
    private readonly QueryPlanner _planner = new(HelpDictionaries.Default);

    private HashSet<string> Terms(string text) => [.. HelpAnalyzer.Tokens(_analyzer, text).Select(t => t.Term)];

    [Fact]
    public void einkaufshilfe_is_split_into_parts_that_meet_hilfe_beim_einkaufen()
    {
        var compound = Terms("Einkaufshilfe");
        var phrase = Terms("Hilfe beim Einkaufen");

        Assert.Contains("einkaufshilf", compound);
        Assert.True(phrase.IsSubsetOf(compound), $"{string.Join(',', phrase)} ⊄ {string.Join(',', compound)}");
    }

    [Fact]
    public void schuldnerberatung_yields_its_parts_schuldner_and_beratung()
    {
        var terms = Terms("Schuldnerberatung");

        Assert.Superset(Terms("Schuldner Beratung"), terms);
    }

    [Fact]
    public void umlauts_sharp_s_and_their_spellings_fold_to_the_same_terms()
    {
        Assert.Equal(Terms("Höchberg Straße Übernachtung"), Terms("Hoechberg Strasse Uebernachtung"));
        Assert.Equal(Terms("FÜR ÄLTERE"), Terms("fur altere"));
    }

    [Fact]
    public void intent_words_survive_while_filler_words_go()
    {
        var terms = Terms("ich habe kein Geld und nicht mehr viel");

        Assert.Contains("kein", terms);
        Assert.Contains("nicht", terms);
        Assert.DoesNotContain("ich", terms);
        Assert.DoesNotContain("und", terms);
    }

    [Fact]
    public void everyday_words_expand_to_the_words_services_use()
    {
        using var search = new SeedSearch();
        using var lease = search.Index.Acquire();

        var miete = _planner.Plan("ich kann meine miete nicht mehr zahlen", lease.Searcher.IndexReader);
        var oma = _planner.Plan("oma", lease.Searcher.IndexReader);
        var kiffen = _planner.Plan("mein sohn kifft", lease.Searcher.IndexReader);

        Assert.Contains(Terms("Mietschulden").First(), miete.Terms.Keys);
        Assert.Contains(Terms("Schuldnerberatung").First(), miete.Terms.Keys);
        Assert.Contains(Terms("Wohngeld").First(), miete.Terms.Keys);
        Assert.Contains(Terms("Senioren").First(), oma.Terms.Keys);
        Assert.Contains(Terms("Cannabis").First(), kiffen.Terms.Keys);
    }

    [Theory]
    [InlineData("schuldnerberatnug", "schuldnerberatung")]
    [InlineData("rolstuhl", "rollstuhl")]
    [InlineData("depresion", "depression")]
    [InlineData("selbsthilfegrupe", "selbsthilfegruppe")]
    [InlineData("pflegedinst", "pflegedienst")]
    public void a_typo_is_corrected_to_a_word_of_the_offers(string typo, string meant)
    {
        using var search = new SeedSearch();
        using var lease = search.Index.Acquire();

        var plan = _planner.Plan(typo, lease.Searcher.IndexReader);

        Assert.Equal(Terms(meant).First(), plan.Words.Single());
    }

    [Theory]
    [InlineData("ich will nicht mehr leben", "suizid")]
    [InlineData("Gedanken an Selbstmord", "suizid")]
    [InlineData("mein Mann schlägt mich", "gewalt")]
    [InlineData("wurde vergewaltigt", "gewalt")]
    public void crisis_words_are_recognised_in_any_inflection(string query, string topic)
    {
        using var search = new SeedSearch();
        using var lease = search.Index.Acquire();

        Assert.Contains(topic, _planner.Plan(query, lease.Searcher.IndexReader).Crisis?.Topics ?? []);
    }

    [Theory]
    [InlineData("einsam seit meine frau tot ist")]
    [InlineData("tagespflege für opa")]
    [InlineData("schulden wegen online casino")]
    public void ordinary_needs_are_no_crisis(string query)
    {
        using var search = new SeedSearch();
        using var lease = search.Index.Acquire();

        Assert.Null(_planner.Plan(query, lease.Searcher.IndexReader).Crisis);
    }

    public void Dispose()
    {
        _analyzer.Dispose();
        _planner.Dispose();
    }
}
