using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Help.Contracts;
using SmartRegion.Help.Search;
using SmartRegion.Kernel.Hosting;
using SmartRegion.Kernel.Outbox;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Search;

public sealed class SearchApiTests(SearchHost host) : IntegrationTest<SearchHost>(host), IClassFixture<SearchHost>
{
    private const string Schuldnerberatung = "f4cfd722-8410-437c-854a-2c1815ca2ff4";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.ReadyIndexAsync();
    }

    private async Task<JsonElement> GetJsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task a_search_answers_with_ranked_offers_and_every_field_the_pages_show()
    {
        var json = await GetJsonAsync("/api/help/search?q=pflegedienst%20h%C3%B6chberg");

        Assert.True(json.GetProperty("total").GetInt32() > 0);
        Assert.Equal("Höchberg", json.GetProperty("place").GetProperty("name").GetString());
        var first = json.GetProperty("items")[0];
        Assert.Equal("Ambulanter Pflegedienst für Höchberg und Umgebung", first.GetProperty("name").GetString());
        foreach (var field in new[] { "id", "organization", "municipality", "snippet" })
        {
            Assert.False(string.IsNullOrEmpty(first.GetProperty(field).GetString()), field);
        }

        Assert.True(first.GetProperty("distance_km").GetDouble() < 2);
        Assert.Contains(first.GetProperty("open_now").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False, JsonValueKind.Null });
    }

    [Fact]
    public async Task a_place_given_as_people_write_it_or_as_ags_is_the_same_place()
    {
        var written = await GetJsonAsync("/api/help/search?q=tafel&place=zell%20a.main");
        var ags = await GetJsonAsync("/api/help/search?q=tafel&place=09679209");

        Assert.Equal("Zell a.Main", written.GetProperty("place").GetProperty("name").GetString());
        Assert.Equal(written.GetProperty("total").GetInt32(), ags.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task a_crisis_query_is_flagged_and_the_hotline_comes_first()
    {
        var json = await GetJsonAsync("/api/help/search?q=ich%20will%20nicht%20mehr%20leben");

        Assert.True(json.GetProperty("crisis").GetBoolean());
        Assert.Equal("TelefonSeelsorge", json.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task nothing_found_is_said_plainly_with_suggestions_and_never_an_empty_page()
    {
        var json = await GetJsonAsync("/api/help/search?q=quantenphysik&place=Aub");

        Assert.Equal(0, json.GetProperty("total").GetInt32());
        var suggestions = json.GetProperty("suggestions");
        Assert.Contains("nichts gefunden", suggestions.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(suggestions.GetProperty("widen_area").GetBoolean());
        Assert.NotEqual(0, suggestions.GetProperty("categories").GetArrayLength());
    }

    [Fact]
    public async Task a_category_alone_browses_that_category()
    {
        var json = await GetJsonAsync("/api/help/search?category=versorgung.tafel&place=Ochsenfurt&sort=distance");

        Assert.True(json.GetProperty("total").GetInt32() > 0);
        Assert.Equal("Tafel-Ausgabe Ochsenfurt", json.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("q=", "q")]
    [InlineData("q=%20%20%20", "q")]
    [InlineData("q=%00%01%02bin%C3%A4r", "q")]
    [InlineData("q=hilfe&foo=1", "foo")]
    [InlineData("q=hilfe&lat=91&lon=9.9", "lat")]
    [InlineData("q=hilfe&lat=49.8&lon=-181", "lon")]
    [InlineData("q=hilfe&lat=49.8", "lon")]
    [InlineData("q=hilfe&lat=abc&lon=9.9", "lat")]
    [InlineData("q=hilfe&lat=NaN&lon=9.9", "lat")]
    [InlineData("q=hilfe&category=unbekannt", "category")]
    [InlineData("q=hilfe&language=xx", "language")]
    [InlineData("q=hilfe&target_group=marsianer", "target_group")]
    [InlineData("q=hilfe&accessibility=fliegen", "accessibility")]
    [InlineData("q=hilfe&place=Atlantis", "place")]
    [InlineData("q=hilfe&page=0", "page")]
    [InlineData("q=hilfe&page=101", "page")]
    [InlineData("q=hilfe&per_page=51", "per_page")]
    [InlineData("q=hilfe&per_page=-1", "per_page")]
    [InlineData("q=hilfe&age=200", "age")]
    [InlineData("q=hilfe&free=vielleicht", "free")]
    [InlineData("q=hilfe&open_now=2", "open_now")]
    [InlineData("q=hilfe&sort=zufall", "sort")]
    [InlineData("q=hilfe&sort=distance", "sort")]
    [InlineData("q=a&q=b", "q")]
    public async Task bad_input_is_a_400_problem_naming_the_field(string query, string field)
    {
        var json = await GetJsonAsync("/api/help/search?" + query, HttpStatusCode.BadRequest);

        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.True(json.GetProperty("errors").TryGetProperty(field, out _), json.ToString());
    }

    [Fact]
    public async Task an_empty_search_asks_for_a_search_word()
    {
        var json = await GetJsonAsync("/api/help/search", HttpStatusCode.BadRequest);

        Assert.Equal("Bitte geben Sie einen Suchbegriff ein.", json.GetProperty("errors").GetProperty("q")[0].GetString());
    }

    [Fact]
    public async Task a_query_of_ten_thousand_characters_is_refused_not_crashed()
    {
        var json = await GetJsonAsync("/api/help/search?q=" + new string('a', 10_000), HttpStatusCode.BadRequest);

        Assert.True(json.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task an_unknown_place_suggests_the_closest_municipalities()
    {
        var json = await GetJsonAsync("/api/help/search?q=tafel&place=Ochsenfurth", HttpStatusCode.BadRequest);

        Assert.Contains("Ochsenfurt", json.GetProperty("errors").GetProperty("place")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%27%20OR%201%3D1%20--")]
    [InlineData("title%3Afoo%20AND%20(bar")]
    [InlineData("*%3F~%5E%22%5C")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("%24%7Bjndi%3Aldap%3A%2F%2Fx%7D")]
    [InlineData("%F0%9F%98%80%20%E2%80%AE")]
    public async Task injection_like_words_are_searched_as_plain_text(string q)
    {
        var json = await GetJsonAsync("/api/help/search?q=" + q);

        Assert.True(json.GetProperty("total").GetInt32() >= 0);
        Assert.DoesNotContain("<script>", json.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_changed_offer_is_found_under_its_new_name_after_the_outbox_event_and_a_removed_one_is_gone()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        // The index is a local projection: every node keeps its own, so the handler is registered to run on every node.
        var handler = scope.ServiceProvider.GetKeyedServices<IIntegrationEventBatchHandler<OfferChanged>>(LocalProjections.Key)
            .OfType<UpdateIndexOnOfferChanged>().Single();

        JsonElement renamed, removed;
        try
        {
            Host.Offers.Rename(Schuldnerberatung, "Geldsorgensprechstunde Mainbogen");
            await handler.HandleAsync([new OfferChanged(Schuldnerberatung)], TestContext.Current.CancellationToken);
            renamed = await GetJsonAsync("/api/help/search?q=geldsorgensprechstunde");

            Host.Offers.Remove(Schuldnerberatung);
            await handler.HandleAsync([new OfferChanged(Schuldnerberatung)], TestContext.Current.CancellationToken);
            await handler.HandleAsync([new OfferChanged(Schuldnerberatung)], TestContext.Current.CancellationToken);
            removed = await GetJsonAsync("/api/help/search?q=schuldnerberatung&per_page=50");
        }
        finally
        {
            // The host is shared by the class: the offer comes back for the other tests.
            Host.Offers.Restore(Schuldnerberatung);
            await handler.HandleAsync([new OfferChanged(Schuldnerberatung)], TestContext.Current.CancellationToken);
        }

        Assert.Equal(Schuldnerberatung, renamed.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.DoesNotContain(removed.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == Schuldnerberatung);
    }

    [Fact]
    public async Task the_reindex_command_builds_a_new_generation_that_the_running_search_follows()
    {
        var index = await Host.ReadyIndexAsync();
        var command = Host.Services.GetServices<IHostCommand>().Single(c => c.Name == "help-reindex");
        var root = Host.Services.GetRequiredService<SearchIndexLocation>().Path;
        var before = await File.ReadAllTextAsync(Path.Combine(root, "current"), TestContext.Current.CancellationToken);

        Assert.Equal(0, await command.RunAsync(Host.Services, TestContext.Current.CancellationToken));
        Assert.True(await index.FollowPointerAsync(TestContext.Current.CancellationToken));

        Assert.NotEqual(before, await File.ReadAllTextAsync(Path.Combine(root, "current"), TestContext.Current.CancellationToken));
        var json = await GetJsonAsync("/api/help/search?q=schuldnerberatung");
        Assert.True(json.GetProperty("total").GetInt32() > 0);
    }
}
