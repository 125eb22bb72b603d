using System.Net;
using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Features;

/// <summary>The public catalogue: search with facets that work as plain links and checkboxes, and the dataset page.</summary>
public sealed class CataloguePageTests(OpenDataHost host) : IntegrationTest<OpenDataHost>(host), IClassFixture<OpenDataHost>
{
    [Fact]
    public async Task the_catalogue_lists_the_demo_datasets_with_facet_counts()
    {
        var page = await GetPageAsync("/daten");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Offene Daten", page.H1);
        var titles = page.Document.QuerySelectorAll("main h3 a").Select(a => a.TextContent).ToList();
        Assert.Contains("Gemeinden der Region Würzburg", titles);
        Assert.Contains("Einwohnerzahlen der Gemeinden", titles);
        Assert.Contains("Wahllokale in Höchberg", titles);
        Assert.Contains("Spielplätze in Rimpar", titles);
        var theme = page.Document.QuerySelector("input[name=thema][value=SOCI]")!;
        Assert.Equal("Bevölkerung und Gesellschaft (2)", page.Document.QuerySelector($"label[for={theme.Id}]")!.TextContent);
    }

    [Fact]
    public async Task ticking_facets_narrows_the_hits_across_facets_and_widens_within_one()
    {
        var rimpar = await GetPageAsync("/daten?gemeinde=09679180");
        var both = await GetPageAsync("/daten?gemeinde=09679180&gemeinde=09679147");
        var rimparCsv = await GetPageAsync("/daten?gemeinde=09679180&format=CSV");

        Assert.Equal(["Spielplätze in Rimpar"], rimpar.Document.QuerySelectorAll("main h3 a").Select(a => a.TextContent));
        Assert.Equal(2, both.Document.QuerySelectorAll("main h3 a").Length);
        Assert.Empty(rimparCsv.Document.QuerySelectorAll("main h3 a"));
        Assert.True(rimpar.Document.QuerySelector("input[name=gemeinde][value='09679180']")!.HasAttribute("checked"));
    }

    [Theory]
    [InlineData("de-DE", "Daten herunterladen")]
    [InlineData("en", "Download the data")]
    public async Task the_dataset_page_shows_its_downloads_and_the_api_calls_to_reach_it(string language, string downloads)
    {
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var page = await GetPageAsync("/daten/wahllokale-hoechberg");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Wahllokale in Höchberg", page.H1);
        Assert.Contains(page.Document.QuerySelectorAll("main h2"), h => h.TextContent == downloads);
        var links = page.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href") ?? "").ToList();
        Assert.Equal(2, links.Count(l => l.Contains("/dateien/", StringComparison.Ordinal)));
        Assert.Contains(links, l => l.StartsWith("/dataset/", StringComparison.Ordinal) && l.EndsWith(".ttl", StringComparison.Ordinal));
        Assert.Contains("/api/3/action/package_show?id=wahllokale-hoechberg", links);
        var download = await Client.GetAsync(new Uri(links.First(l => l.Contains("/dateien/", StringComparison.Ordinal)), UriKind.Relative));
        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task in_english_the_dataset_s_german_texts_carry_lang_de_and_its_date_is_written_the_british_way()
    {
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var page = await GetPageAsync("/daten/wahllokale-hoechberg");

        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("de", page.Document.QuerySelector("main h1")!.GetAttribute("lang"));
        Assert.All(page.Document.QuerySelectorAll("main a[href*='/dateien/']"), a => Assert.Equal("de", a.GetAttribute("lang")));
        var modified = page.Document.QuerySelectorAll("main .kern-description-list-item").Single(i => i.TextContent.Contains("Last changed", StringComparison.Ordinal));
        Assert.Matches(@"\d{2}/\d{2}/\d{4} \d{2}:\d{2}$", modified.TextContent.Trim());
        Assert.DoesNotMatch("AM|PM", modified.TextContent);
        Assert.All(page.Document.QuerySelectorAll("main .sr-checksum .sr-token"), t => Assert.Matches("^[0-9a-f]{64}$", t.TextContent));

        var catalogue = await GetPageAsync("/daten");
        Assert.All(catalogue.Document.QuerySelectorAll("main .sr-dataset-list h3"), h => Assert.Equal("de", h.GetAttribute("lang")));
    }

    [Fact]
    public async Task the_hits_come_before_the_folded_filters_which_join_the_search_form()
    {
        var page = await GetPageAsync("/daten");
        var filtered = await GetPageAsync("/daten?thema=SOCI");

        var hits = page.Document.QuerySelector("#treffer")!;
        var firstFacet = page.Document.QuerySelector("input[name=thema]")!;
        Assert.True(hits.CompareDocumentPosition(firstFacet).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.Equal("daten-suche", firstFacet.GetAttribute("form"));
        Assert.Equal("daten-suche", page.Document.QuerySelector("main form[role=search]")!.GetAttribute("id"));
        Assert.False(page.Document.QuerySelector("details.sr-search__filters")!.HasAttribute("open"));
        Assert.True(filtered.Document.QuerySelector("details.sr-search__filters")!.HasAttribute("open"));
    }

    [Fact]
    public async Task an_unknown_or_unpublished_dataset_page_is_not_found()
    {
        var page = await GetPageAsync("/daten/gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }
}
