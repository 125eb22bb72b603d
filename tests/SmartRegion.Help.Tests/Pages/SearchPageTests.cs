using System.Net;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Pages;

public sealed class SearchPageTests(HelpPagesHost host) : IntegrationTest<HelpPagesHost>(host), IClassFixture<HelpPagesHost>
{
    [Fact]
    public async Task the_empty_search_page_has_a_get_form_a_guide_link_and_the_leichte_sprache_explanation()
    {
        var page = await GetPageAsync("/hilfe");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Hilfe finden", page.H1);
        var form = page.Document.QuerySelector("main form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/hilfe", form.GetAttribute("action"));
        foreach (var id in new[] { "feld-q", "feld-place", "feld-category", "feld-target-group", "feld-language", "feld-accessibility", "feld-free", "feld-open-now", "feld-sort" })
        {
            Assert.NotNull(page.Document.QuerySelector($"label[for={id}]"));
        }

        Assert.Equal("In Leichter Sprache: So finden Sie Hilfe", page.Document.QuerySelector("main details.sr-help-easy summary")!.TextContent.Trim());
        Assert.Contains(page.Document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/hilfe/wegweiser");
        Assert.Null(page.Document.QuerySelector("main .sr-help-results"));
        Assert.Null(page.Document.QuerySelector(".sr-error-summary"));
    }

    [Fact]
    public async Task results_link_to_the_offer_pages_with_organisation_place_snippet_and_opening_state()
    {
        var page = await GetPageAsync("/hilfe?q=schuldnerberatung");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var results = page.Document.QuerySelectorAll("main .sr-help-results > li").ToList();
        Assert.NotEmpty(results);
        var debt = results.Single(r => r.QuerySelector("h3 a")!.GetAttribute("href") == "/hilfe/angebote/" + DemoOffers.DebtAdvice);
        Assert.Equal("Schuldner- und Insolvenzberatung", debt.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal("Sozialwerk Mainbogen e.V.", debt.QuerySelector(".kern-preline")!.TextContent.Trim());
        var api = System.Text.Json.Nodes.JsonNode.Parse(await Client.GetStringAsync(new Uri("/api/help/search?q=schuldnerberatung", UriKind.Relative)))!;
        var snippet = (string)api["items"]!.AsArray().Single(i => (string)i!["id"]! == DemoOffers.DebtAdvice)!["snippet"]!;
        Assert.False(string.IsNullOrWhiteSpace(snippet));
        Assert.Contains(snippet, debt.TextContent, StringComparison.Ordinal);
        Assert.NotNull(debt.QuerySelector(".sr-help-open"));
        Assert.Matches(@"^\d+ Angebote gefunden$", page.Document.GetElementById("ergebnisse")!.TextContent.Trim());
        Assert.Null(page.Document.QuerySelector("main .sr-help-crisis"));
    }

    [Fact]
    public async Task a_place_shows_the_distance_and_keeps_the_choice_in_the_form()
    {
        var page = await GetPageAsync("/hilfe?q=schuldnerberatung&place=09679185&sort=distance");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("09679185", page.Document.QuerySelector("#feld-place option[selected]")?.GetAttribute("value"));
        Assert.Contains(" km entfernt", page.Document.QuerySelector("main .sr-help-results")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ich will mich umbringen")]
    [InlineData("mein mann schlägt mich")]
    public async Task a_crisis_query_shows_the_national_hotlines_before_anything_else(string query)
    {
        var page = await GetPageAsync("/hilfe?q=" + Uri.EscapeDataString(query));

        var crisis = page.Document.QuerySelector("main .sr-help-crisis");
        Assert.NotNull(crisis);
        Assert.True(crisis.CompareDocumentPosition(page.Document.QuerySelector("main form")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        var numbers = crisis.QuerySelectorAll("a[href^='tel:']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["tel:110", "tel:112"], numbers.Take(2));
        Assert.Contains("tel:08001110111", numbers);
        Assert.Contains("tel:116016", numbers);
    }

    [Fact]
    public async Task the_guide_s_violence_situation_shows_the_hotlines_even_without_crisis_words()
    {
        var page = await GetPageAsync("/hilfe?lage=gewalt&category=gewalt");

        Assert.NotNull(page.Document.QuerySelector("main .sr-help-crisis a[href='tel:116016']"));
        Assert.Contains("Gewalt erlebt oder bedroht", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task no_result_says_so_plainly_and_suggests_categories_and_widening_the_area()
    {
        var page = await GetPageAsync("/hilfe?q=schuldnerberatung&place=09679185&language=ti");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var empty = page.Document.QuerySelector("main .sr-help-empty")!;
        Assert.Contains("haben wir dazu leider kein Angebot gefunden", empty.TextContent, StringComparison.Ordinal);
        var links = empty.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(links, l => l.StartsWith("/hilfe?", StringComparison.Ordinal) && !l.Contains("place=", StringComparison.Ordinal) && l.Contains("q=schuldnerberatung", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("/hilfe?category=", StringComparison.Ordinal));
        Assert.Contains("/hilfe/wegweiser", links);
    }

    [Theory]
    [InlineData("q", "feld-q")]
    [InlineData("control", "feld-q")]
    [InlineData("filter", "feld-category")]
    [InlineData("unknown", "feld-erfunden")]
    [InlineData("injection", "feld-place")]
    public async Task bad_input_answers_400_with_the_error_summary_and_never_a_server_error(string kind, string field)
    {
        var url = kind switch
        {
            "q" => "/hilfe?q=" + new string('a', 10_000),
            "control" => "/hilfe?q=" + Uri.EscapeDataString("schulden\u0000\u0007"),
            "filter" => "/hilfe?q=hilfe&category=" + Uri.EscapeDataString("' OR 1=1 --"),
            "unknown" => "/hilfe?q=hilfe&erfunden=1",
            _ => "/hilfe?q=hilfe&place=" + Uri.EscapeDataString("<script>alert(1)</script>"),
        };

        var page = await GetPageAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.StartsWith("Fehler: ", page.Title, StringComparison.Ordinal);
        Assert.Contains(page.ErrorSummaryLinks(), l => l.Target == field);
        Assert.Null(page.Document.QuerySelector("main .sr-help-results"));
        Assert.Empty(page.Document.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task a_results_page_beyond_the_first_keeps_the_query_in_the_pager_links()
    {
        var page = await GetPageAsync("/hilfe?category=senioren");

        var next = page.Document.QuerySelector("main nav.sr-pager a[rel=next]")!;
        Assert.Equal("/hilfe?category=senioren&page=2", next.GetAttribute("href"));
        var second = await GetPageAsync(next.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Contains("Seite 2 von", second.Document.QuerySelector("main nav.sr-pager")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_results_come_before_the_filters_which_join_the_search_form_from_outside_it()
    {
        var page = await GetPageAsync("/hilfe?q=schuldnerberatung");

        var results = page.Document.QuerySelector("#ergebnisse")!;
        var category = page.Document.QuerySelector("#feld-category")!;
        Assert.True(results.CompareDocumentPosition(category).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.Equal("hilfe-suche", page.Document.QuerySelector("main form[role=search]")!.GetAttribute("id"));
        Assert.All(page.Document.QuerySelectorAll("details.sr-search__filters select, details.sr-search__filters input"),
            field => Assert.Equal("hilfe-suche", field.GetAttribute("form")));
        Assert.False(page.Document.QuerySelector("details.sr-search__filters")!.HasAttribute("open"));
    }

    [Fact]
    public async Task the_topic_list_holds_the_topics_and_only_the_chosen_topic_s_subtopics()
    {
        var plain = await GetPageAsync("/hilfe?q=schuldnerberatung");
        var chosen = await GetPageAsync("/hilfe?category=geld.schuldnerberatung");

        var plainOptions = plain.Document.QuerySelectorAll("#feld-category option").Select(o => o.TextContent).ToList();
        Assert.Contains("Schulden, Geld & Sozialleistungen", plainOptions);
        Assert.DoesNotContain(plainOptions, o => o.StartsWith("– ", StringComparison.Ordinal));
        var chosenOptions = chosen.Document.QuerySelectorAll("#feld-category option").Select(o => o.TextContent).ToList();
        Assert.Contains("– Schuldner- & Insolvenzberatung", chosenOptions);
        Assert.DoesNotContain("– Demenz", chosenOptions);
        Assert.Equal("geld.schuldnerberatung", chosen.Document.QuerySelector("#feld-category option[selected]")!.GetAttribute("value"));
        Assert.True(chosen.Document.QuerySelector("details.sr-search__filters")!.HasAttribute("open"));
    }

    [Fact]
    public async Task a_parameter_given_twice_is_refused_on_the_page_as_in_the_api_and_nothing_is_searched()
    {
        var page = await GetPageAsync("/hilfe?q=schulden&q=pflege&lage=geldsorgen");
        using var api = await Client.GetAsync(new Uri("/api/help/search?q=schulden&q=pflege", UriKind.Relative), TestContext.Current.CancellationToken);
        var problem = System.Text.Json.JsonDocument.Parse(await api.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var message = problem.GetProperty("errors").GetProperty("q")[0].GetString();
        Assert.Equal("Dieser Parameter darf nur einmal vorkommen.", message);
        Assert.Contains(page.ErrorSummaryLinks(), l => l.Target == "feld-q" && l.Text == message);
        Assert.Null(page.Document.QuerySelector("main .sr-help-results"));
        Assert.Equal("schulden", page.Document.QuerySelector("#feld-q")!.GetAttribute("value"));
    }
}
