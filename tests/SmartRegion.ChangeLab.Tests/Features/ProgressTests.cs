using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRegion.TestKit;

namespace SmartRegion.ChangeLab.Tests.Features;

/// <summary>The public progress board: every measure, its projects and key figures read live from the modules.</summary>
public sealed class ProgressTests(ChangeLabHost host) : ChangeLabTest(host)
{
    private static long Figure(JsonElement board, string key) =>
        board.GetProperty("measures").EnumerateArray().SelectMany(m => m.GetProperty("figures").EnumerateArray())
            .Single(f => f.GetProperty("key").GetString() == key).GetProperty("value").GetInt64();

    [Fact]
    public async Task the_board_lists_all_eight_measures_with_projects_and_figures_from_other_modules_for_anyone()
    {
        var board = await Client.GetFromJsonAsync<JsonElement>("/api/changelab/progress");

        var measures = board.GetProperty("measures").EnumerateArray().ToList();
        Assert.Equal(8, measures.Count);
        Assert.All(measures, m => Assert.NotEmpty(m.GetProperty("projects").EnumerateArray()));
        var keys = measures.SelectMany(m => m.GetProperty("figures").EnumerateArray()).Select(f => f.GetProperty("key").GetString()).ToList();
        Assert.Contains("help.offers-active", keys);
        Assert.Contains("opendata.datasets-published", keys);
        Assert.Contains("participation.processes", keys);
        Assert.Contains("changelab.ideas", keys);
    }

    [Fact]
    public async Task a_booking_and_an_idea_show_in_the_figures_at_once()
    {
        var before = await Client.GetFromJsonAsync<JsonElement>("/api/changelab/progress");
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        await staff.PostAsJsonAsync("/api/changelab/bookings", new { resource = Seed.DemoWorkspaceSeeder.FirstDesk, day = "2026-12-08" });
        await staff.PostAsJsonAsync("/api/changelab/ideas", new { title = "Idee", text = "Text" });

        var after = await Client.GetFromJsonAsync<JsonElement>("/api/changelab/progress");

        Assert.Equal(Figure(before, "changelab.bookings") + 1, Figure(after, "changelab.bookings"));
        Assert.Equal(Figure(before, "changelab.ideas") + 1, Figure(after, "changelab.ideas"));
    }

    [Fact]
    public async Task the_page_is_public_with_a_section_per_measure_and_milestone_tables()
    {
        var page = await GetPageAsync("/fortschritt");
        var english = await GetEnglishAsync(Client, "/fortschritt");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Fortschritt", page.H1);
        Assert.Equal(8, page.Document.QuerySelectorAll("main section h2").Length);
        Assert.NotEmpty(page.Document.QuerySelectorAll("main section table caption"));
        Assert.Contains("Demo-Inhalt.", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Progress", english.H1);
    }
}
