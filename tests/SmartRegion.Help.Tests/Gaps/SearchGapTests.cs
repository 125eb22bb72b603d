using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SmartRegion.Help.Gaps;
using SmartRegion.Help.Search;
using SmartRegion.Help.Tests.Providers;
using SmartRegion.TestKit;
using static SmartRegion.Help.Tests.Providers.ProviderPeople;

namespace SmartRegion.Help.Tests.Gaps;

public sealed class SearchGapTests(ProviderHost host) : IntegrationTest<ProviderHost>(host), IClassFixture<ProviderHost>
{
    [Theory]
    [InlineData("  Schulden   BERATUNG ", "schulden beratung")]
    [InlineData("rückruf an max@mustermann.de bitte", "rückruf an [e-mail] bitte")]
    [InlineData("mein handy 0171 1234567 tafel", "mein handy [nummer] tafel")]
    [InlineData("tafel 97204 ab 65", "tafel 97204 ab 65")]
    public void search_texts_are_counted_lower_case_with_e_mails_and_long_numbers_masked(string typed, string counted) =>
        Assert.Equal(counted, SearchQueryText.Normalize(typed));

    [Fact]
    public async Task searches_are_counted_per_text_and_day_with_zero_and_few_results_and_nothing_about_the_person()
    {
        await RecordAsync("tafel ochsenfurt", 0);
        await RecordAsync("Tafel  Ochsenfurt", 0);
        await RecordAsync("tafel ochsenfurt", 2);
        await RecordAsync("schuldnerberatung", 12);
        await RecordAsync("anruf 0931 123456", 0);

        var rows = await Host.QueryAsync(db => db.SearchGaps.OrderBy(g => g.Query).ToListAsync());
        var tafel = rows.Single(r => r.Query == "tafel ochsenfurt");
        Assert.Equal((3, 2, 1), (tafel.Searches, tafel.ZeroResultSearches, tafel.FewResultSearches));
        Assert.Contains(rows, r => r.Query == "anruf [nummer]");
        Assert.DoesNotContain(rows, r => r.Query.Contains("0931", StringComparison.Ordinal));
        var columns = await Host.QueryAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(SearchGap))!.GetProperties().Select(p => p.Name).Order().ToList()));
        Assert.Equal(["Day", "FewResultSearches", "Query", "Searches", "ZeroResultSearches"], columns);
    }

    [Fact]
    public async Task concurrent_searches_for_the_same_text_lose_no_count()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => RecordAsync("pflegedienst zell", 0)));

        var row = await Host.QueryAsync(db => db.SearchGaps.SingleAsync(g => g.Query == "pflegedienst zell"));
        Assert.Equal(20, row.Searches);
    }

    [Fact]
    public async Task searches_counted_while_a_flush_runs_are_all_written()
    {
        var statistics = Host.Services.GetRequiredService<ISearchStatistics>();

        var counting = Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 2_500; i++)
            {
                statistics.Count("kleiderkammer estenfeld", 5);
            }
        })));
        while (!counting.IsCompleted)
        {
            await statistics.FlushAsync(CancellationToken.None);
        }

        await counting;
        await statistics.FlushAsync(CancellationToken.None);

        var row = await Host.QueryAsync(db => db.SearchGaps.SingleAsync(g => g.Query == "kleiderkammer estenfeld"));
        Assert.Equal(10_000, row.Searches);
    }

    [Fact]
    public async Task a_search_over_http_is_counted_and_written_by_the_next_flush()
    {
        using var client = Host.CreateClient();
        var answer = await client.GetAsync(new Uri("/api/help/search?q=wohngeld%20antrag", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);

        await Host.Services.GetRequiredService<ISearchStatistics>().FlushAsync(CancellationToken.None);

        Assert.Equal(1, (await Host.QueryAsync(db => db.SearchGaps.SingleAsync(g => g.Query == "wohngeld antrag"))).Searches);
    }

    [Fact]
    public async Task counts_of_a_failed_flush_are_kept_for_the_next_one()
    {
        var broken = true;
        await using var emptyDatabase = new HelpDb(new DbContextOptionsBuilder<HelpDb>().UseSqlite("Data Source=:memory:").Options);
        await using var hostScope = Host.Services.CreateAsyncScope();
        var services = new ServiceCollection();
        services.AddScoped(_ => new SearchStatistics(broken ? emptyDatabase : hostScope.ServiceProvider.GetRequiredService<HelpDb>()));
        await using var provider = services.BuildServiceProvider();
        var tally = new SearchTally(provider.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, NullLogger<SearchTally>.Instance);
        tally.Count("umzug hilfe", 4);
        tally.Count("umzug hilfe", 0);

        await Assert.ThrowsAnyAsync<DbException>(() => tally.FlushAsync(CancellationToken.None));
        broken = false;
        tally.Count("umzug hilfe", 4);
        await tally.FlushAsync(CancellationToken.None);

        var row = await Host.QueryAsync(db => db.SearchGaps.SingleAsync(g => g.Query == "umzug hilfe"));
        Assert.Equal((3, 1), (row.Searches, row.ZeroResultSearches));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Forbidden)]
    [InlineData("staff", HttpStatusCode.OK)]
    [InlineData("moderator", HttpStatusCode.OK)]
    [InlineData("municipality-admin", HttpStatusCode.OK)]
    public async Task the_dashboard_is_for_staff_moderators_and_admins_of_a_municipality(string? role, HttpStatusCode expected)
    {
        using var client = role is null
            ? await SignedInAsync(Host, "buerger@beispiel.de")
            : await SignedInAsync(Host, "person@beispiel.de", (role, Rimpar));

        var api = await client.GetAsync(new Uri("/api/help/search-gaps?days=90", UriKind.Relative));
        var page = await client.GetAsync(new Uri("/verwaltung/hilfe/luecken", UriKind.Relative));

        Assert.Equal(expected, api.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? HttpStatusCode.OK : HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task the_csv_export_lists_the_gaps_and_neutralises_formulas()
    {
        await RecordAsync("=hyperlink(\"x\")", 0);
        await RecordAsync("hilfe im garten", 1);
        using var admin = await DemoAdminAsync(Host);

        var csv = await admin.GetAsync(new Uri("/api/help/search-gaps?days=30&format=csv", UriKind.Relative));
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var json = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/help/search-gaps", UriKind.Relative));

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("query,searches,zero_results,few_results\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"'=hyperlink(\"\"x\"\")\",1,1,0", text, StringComparison.Ordinal);
        Assert.Contains("hilfe im garten,1,0,1", text, StringComparison.Ordinal);
        Assert.Equal(2, json.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task the_daily_round_deletes_counts_older_than_the_retention_period()
    {
        await Host.QueryAsync(async db =>
        {
            db.SearchGaps.Add(new SearchGap { Query = "alt", Day = new DateOnly(2020, 1, 1), Searches = 1, ZeroResultSearches = 1 });
            return await db.SaveChangesAsync();
        });
        await RecordAsync("neu", 0);

        await using var scope = Host.Services.CreateAsyncScope();
        var round = await scope.ServiceProvider.GetRequiredService<Freshness.DailyHelpTasks>().RunAsync(CancellationToken.None);

        Assert.Equal(1, round.SearchGapsDeleted);
        Assert.Equal(["neu"], await Host.QueryAsync(db => db.SearchGaps.Select(g => g.Query).ToListAsync()));
    }

    private async Task RecordAsync(string query, int total)
    {
        var statistics = Host.Services.GetRequiredService<ISearchStatistics>();
        statistics.Count(query, total);
        await statistics.FlushAsync(CancellationToken.None);
    }
}
