using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Participation.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.Participation.Tests.Features;

public sealed class ProcessApiTests(ParticipationHost host) : ParticipationTest(host)
{
    private static object NewProcess(string? ags) => new
    {
        municipalityAgs = ags,
        title = "Spielplätze 2027",
        summary = "Welche Spielplätze erneuern wir zuerst?",
        budget = 80000,
        votingMethod = "approval",
        phases = new[]
        {
            new { kind = "information", starts = "2027-01-01", ends = "2027-01-31" },
            new { kind = "vote", starts = "2027-02-01", ends = "2027-02-28" },
        },
    };

    [Fact]
    public async Task the_list_filters_by_municipality_and_status_and_the_detail_shows_phases_with_their_components()
    {
        var all = await Client.GetFromJsonAsync<JsonElement>("/api/participation/processes");
        var hoechberg = await Client.GetFromJsonAsync<JsonElement>($"/api/participation/processes?municipality={Personas.Hoechberg}&status=running");
        var region = await Client.GetFromJsonAsync<JsonElement>("/api/participation/processes?municipality=region");
        var finished = await Client.GetFromJsonAsync<JsonElement>("/api/participation/processes?status=finished");

        Assert.Equal(2, all.GetArrayLength());
        Assert.Equal(DemoProcessesSeeder.BudgetSlug, Assert.Single(hoechberg.EnumerateArray()).GetProperty("slug").GetString());
        Assert.Equal("vote", hoechberg[0].GetProperty("currentPhase").GetString());
        Assert.Equal("information", Assert.Single(region.EnumerateArray()).GetProperty("currentPhase").GetString());
        Assert.Equal(0, finished.GetArrayLength());

        var id = hoechberg[0].GetProperty("id").GetGuid();
        var details = await Client.GetFromJsonAsync<JsonElement>($"/api/participation/processes/{id}");
        Assert.Equal(12, details.GetProperty("projects").GetArrayLength());
        Assert.True(details.GetProperty("isVoteOpen").GetBoolean());
        var vote = details.GetProperty("phases").EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "vote");
        Assert.True(vote.GetProperty("isCurrent").GetBoolean());
        Assert.Contains("budget-ballot", vote.GetProperty("components").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task an_unknown_process_is_a_404_problem()
    {
        var response = await Client.GetAsync(new Uri("/api/participation/processes/gibt-es-nicht", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(Personas.StaffHoechberg, Personas.Hoechberg, HttpStatusCode.Created)]
    [InlineData(Personas.AdminHoechberg, Personas.Hoechberg, HttpStatusCode.Created)]
    [InlineData(Personas.RegionAdmin, Personas.Hoechberg, HttpStatusCode.Created)]
    [InlineData(Personas.RegionAdmin, null, HttpStatusCode.Created)]
    [InlineData(Personas.StaffRimpar, Personas.Hoechberg, HttpStatusCode.Forbidden)]
    [InlineData(Personas.AdminRimpar, Personas.Hoechberg, HttpStatusCode.Forbidden)]
    [InlineData(Personas.ModeratorHoechberg, Personas.Hoechberg, HttpStatusCode.Forbidden)]
    [InlineData(Personas.Resident, Personas.Hoechberg, HttpStatusCode.Forbidden)]
    [InlineData(Personas.StaffHoechberg, null, HttpStatusCode.Forbidden)]
    public async Task who_may_start_a_process_depends_on_role_and_municipality(string persona, string? ags, HttpStatusCode expected)
    {
        using var client = await Personas.SignedInClientAsync(Host, persona);

        var response = await client.PostAsJsonAsync("/api/participation/processes", NewProcess(ags));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Created ? 3 : 2, await Host.QueryAsync(db => db.Processes.CountAsync()));
    }

    [Fact]
    public async Task anonymous_writes_are_refused()
    {
        var response = await Client.PostAsJsonAsync("/api/participation/processes", NewProcess(Personas.Hoechberg));

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.Redirect, response.StatusCode.ToString());
        Assert.Equal(2, await Host.QueryAsync(db => db.Processes.CountAsync()));
    }

    [Fact]
    public async Task staff_of_another_municipality_may_neither_change_a_process_nor_add_projects()
    {
        var id = await Host.BudgetIdAsync();
        using var rimpar = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);

        var update = await rimpar.PutAsJsonAsync($"/api/participation/processes/{id}", NewProcess(null));
        var project = await rimpar.PostAsJsonAsync($"/api/participation/processes/{id}/projects", new { title = "Brücke", cost = 1000 });

        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, project.StatusCode);
        Assert.Equal(12, await Host.QueryAsync(db => db.Projects.CountAsync()));
    }

    [Fact]
    public async Task bad_input_is_a_validation_problem_naming_the_fields_and_stores_nothing()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var response = await staff.PostAsJsonAsync("/api/participation/processes", new
        {
            municipalityAgs = Personas.Hoechberg,
            title = "",
            budget = -5,
            phases = new[] { new { kind = "vote", starts = "2027-02-10", ends = "2027-02-01" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Title", out _));
        Assert.True(errors.TryGetProperty("Budget", out _));
        Assert.True(errors.TryGetProperty("PhaseVote", out _));
        Assert.Equal(2, await Host.QueryAsync(db => db.Processes.CountAsync()));
    }

    [Fact]
    public async Task staff_create_a_process_add_a_project_and_the_action_is_audited()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);

        var created = await staff.PostAsJsonAsync("/api/participation/processes", NewProcess(Personas.Hoechberg));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var project = await staff.PostAsJsonAsync($"/api/participation/processes/{id}/projects", new { title = "Neue Schaukel", description = "Am Kirchberg", cost = 4500.5 });

        Assert.Equal(HttpStatusCode.Created, project.StatusCode);
        var details = await Client.GetFromJsonAsync<JsonElement>($"/api/participation/processes/{id}");
        Assert.Equal("spielplaetze-2027", details.GetProperty("slug").GetString());
        Assert.Equal(4500.5m, details.GetProperty("projects")[0].GetProperty("cost").GetDecimal());
        var actions = (await AuditTrail.ReadAsync(Host)).Select(a => a.Action).ToList();
        Assert.Contains("participation-processes.created", actions);
        Assert.Contains("participation-projects.added", actions);
    }
}
