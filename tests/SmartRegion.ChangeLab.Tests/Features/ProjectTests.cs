using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Contracts.Privacy;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Outbox;
using SmartRegion.TestKit;

namespace SmartRegion.ChangeLab.Tests.Features;

/// <summary>
/// The projects of the progress board through the API: read by anyone, created and changed with their milestones by
/// administrators; every change tells the open dataset, and a change made on an older version is refused.
/// </summary>
public sealed class ProjectTests(ChangeLabHost host) : ChangeLabTest(host)
{
    private Task<int> BoardChangesAsync() =>
        Host.QueryAsync(db => db.Outbox().CountAsync(m => m.Type == typeof(ProgressBoardChanged).FullName));

    private Task<Guid> IdeaProjectAsync() => Host.QueryAsync(db => db.Projects.Where(p => p.IdeaId != null).Select(p => p.Id).FirstAsync());

    private Task<Guid> DemoProjectAsync() =>
        Host.QueryAsync(db => db.Projects.Where(p => p.IdeaId == null && p.Title == "Demo: Co-Working-Space Change Lab").Select(p => p.Id).SingleAsync());

    private async Task<JsonElement> ReadAsync(Guid project) => await Client.GetFromJsonAsync<JsonElement>($"/api/changelab/projects/{project}");

    private static JsonElement Milestone(JsonElement project, string title) =>
        project.GetProperty("milestones").EnumerateArray().Single(m => m.GetProperty("title").GetString() == title);

    [Fact]
    public async Task anyone_reads_a_project_with_its_milestones_in_order_the_idea_by_title_and_the_last_change_but_no_editor()
    {
        var project = await IdeaProjectAsync();
        using var admin = await Personas.SignedInClientAsync(Host, Personas.AdminHoechberg);
        await admin.PostAsJsonAsync($"/api/changelab/projects/{project}/milestones", new { title = "Schon vorbei", dueOn = "2026-11-30" });
        Host.Clock.SetUtcNow(ChangeLabHost.Start.AddHours(2));
        await admin.PostAsJsonAsync($"/api/changelab/projects/{project}/milestones", new { title = "Längst erreicht", dueOn = "2026-10-01", doneOn = "2026-09-28" });

        var response = await Client.GetAsync(new Uri($"/api/changelab/projects/{project}", UriKind.Relative));
        var json = await response.Content.ReadAsStringAsync();
        var read = JsonSerializer.Deserialize<JsonElement>(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Demo: Vorlagen für Bescheide gemeinsam pflegen", read.GetProperty("ideaTitle").GetString());
        Assert.Equal("change-lab", read.GetProperty("measure").GetString());
        Assert.Equal(["Erste zehn Vorlagen abgestimmt", "Schon vorbei", "Längst erreicht"],
            read.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("title").GetString()!).ToArray());
        Assert.Equal(["open", "overdue", "done"], read.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("state").GetString()!).ToArray());
        Assert.Equal(ChangeLabHost.Start.AddHours(2), read.GetProperty("updatedAt").GetDateTimeOffset());
        Assert.DoesNotContain("updatedBy", json, StringComparison.OrdinalIgnoreCase);
        var admin2 = (await Personas.EnsureAsync(Host, Personas.AdminHoechberg))!.Id;
        Assert.DoesNotContain(admin2.ToString(), json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(admin2, await Host.QueryAsync(db => db.Projects.Where(p => p.Id == project).Select(p => p.UpdatedBy).SingleAsync()));
    }

    [Fact]
    public async Task an_unknown_project_is_a_404_with_problem_details()
    {
        var response = await Client.GetAsync(new Uri($"/api/changelab/projects/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(Personas.Anonymous, HttpStatusCode.Unauthorized)]
    [InlineData(Personas.Resident, HttpStatusCode.Forbidden)]
    [InlineData(Personas.StaffHoechberg, HttpStatusCode.Forbidden)]
    [InlineData(Personas.AdminRimpar, null)]
    [InlineData(Personas.RegionAdmin, null)]
    public async Task only_administrators_create_and_change_projects_and_milestones(string persona, HttpStatusCode? refused)
    {
        var project = await DemoProjectAsync();
        var read = await ReadAsync(project);
        var milestone = Milestone(read, "Zweiter Standort entschieden");
        var other = Milestone(read, "Buchung online");
        var before = await BoardChangesAsync();
        using var client = await Personas.SignedInClientAsync(Host, persona);

        var created = await client.PostAsJsonAsync("/api/changelab/projects", new { measure = "digi-fuchs", title = "Kurs für Vereine", status = "planned", summary = "Ein Kurs." });
        var edited = await client.PutAsJsonAsync($"/api/changelab/projects/{project}",
            new { status = "done", summary = "Fertig.", nextSteps = "", version = read.GetProperty("version").GetInt32() });
        var changed = await client.PutAsJsonAsync($"/api/changelab/projects/{project}/milestones/{milestone.GetProperty("id").GetGuid()}",
            new { title = "Zweiter Standort gewählt", dueOn = "2027-05-01", doneOn = "", version = milestone.GetProperty("version").GetInt32() });
        var deleted = await client.DeleteAsync(new Uri($"/api/changelab/projects/{project}/milestones/{other.GetProperty("id").GetGuid()}", UriKind.Relative));

        var after = await ReadAsync(project);
        if (refused is { } status)
        {
            Assert.All([created, edited, changed, deleted], r => Assert.Equal(status, r.StatusCode));
            Assert.Equal(read.GetRawText(), after.GetRawText());
            Assert.Equal(before, await BoardChangesAsync());
            Assert.False(await Host.QueryAsync(db => db.Projects.AnyAsync(p => p.Title == "Kurs für Vereine")));
            return;
        }

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("done", after.GetProperty("status").GetString());
        Assert.Equal("Fertig.", after.GetProperty("summary").GetString());
        Assert.Equal(["Räume eingerichtet", "Zweiter Standort gewählt"],
            after.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("title").GetString()!).ToArray());
        Assert.Equal(before + 4, await BoardChangesAsync());
        var board = await Client.GetStringAsync(new Uri("/api/changelab/progress", UriKind.Relative));
        Assert.Contains("Kurs für Vereine", board, StringComparison.Ordinal);
        Assert.Equal($"/api/changelab/projects/{(await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}",
            Target(created));
    }

    [Fact]
    public async Task a_change_made_on_an_older_version_is_refused_with_409_and_the_newer_change_stays()
    {
        var project = await DemoProjectAsync();
        var version = (await ReadAsync(project)).GetProperty("version").GetInt32();
        using var first = await Personas.SignedInClientAsync(Host, Personas.AdminHoechberg);
        using var second = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);

        var saved = await first.PutAsJsonAsync($"/api/changelab/projects/{project}", new { status = "done", summary = "Erste Fassung.", version });
        var before = await BoardChangesAsync();
        var stale = await second.PutAsJsonAsync($"/api/changelab/projects/{project}", new { status = "planned", summary = "Zweite Fassung.", version });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("nachdem Sie das Formular geöffnet hatten", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var after = await ReadAsync(project);
        Assert.Equal("Erste Fassung.", after.GetProperty("summary").GetString());
        Assert.Equal(version + 1, after.GetProperty("version").GetInt32());
        Assert.Equal(before, await BoardChangesAsync());
    }

    [Fact]
    public async Task of_many_editors_saving_the_same_version_at_once_exactly_one_wins_and_the_others_get_409()
    {
        var project = await DemoProjectAsync();
        var version = (await ReadAsync(project)).GetProperty("version").GetInt32();
        var before = await BoardChangesAsync();
        using var first = await Personas.SignedInClientAsync(Host, Personas.AdminHoechberg);
        using var second = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);
        var editors = new[] { first, second };

        // The database decides: every request reads the same version, and only one UPDATE … WHERE Version = … finds its row.
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            editors[i % 2].PutAsJsonAsync($"/api/changelab/projects/{project}", new { status = "done", summary = $"Fassung {i}", version })));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var winner = Array.FindIndex(answers, a => a.StatusCode == HttpStatusCode.OK);
        var after = await ReadAsync(project);
        Assert.Equal($"Fassung {winner}", after.GetProperty("summary").GetString());
        Assert.Equal(version + 1, after.GetProperty("version").GetInt32());
        Assert.Equal(before + 1, await BoardChangesAsync());
    }

    [Fact]
    public async Task a_milestone_changed_since_it_was_read_is_neither_changed_nor_deleted()
    {
        var project = await DemoProjectAsync();
        var milestone = Milestone(await ReadAsync(project), "Zweiter Standort entschieden");
        var id = milestone.GetProperty("id").GetGuid();
        var version = milestone.GetProperty("version").GetInt32();
        using var admin = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);

        var done = await admin.PutAsJsonAsync($"/api/changelab/projects/{project}/milestones/{id}", new { title = "Zweiter Standort entschieden", dueOn = "2027-04-06", doneOn = "2026-12-07", version });
        var rename = await admin.PutAsJsonAsync($"/api/changelab/projects/{project}/milestones/{id}", new { title = "Anders", dueOn = "2027-04-06", version });
        var delete = await admin.DeleteAsync(new Uri($"/api/changelab/projects/{project}/milestones/{id}?version={version}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, rename.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        var after = Milestone(await ReadAsync(project), "Zweiter Standort entschieden");
        Assert.Equal("2026-12-07", after.GetProperty("doneOn").GetString());
        Assert.Equal("done", after.GetProperty("state").GetString());
    }

    [Fact]
    public async Task a_milestone_is_marked_done_and_taken_back_and_each_change_tells_the_open_dataset()
    {
        var project = await DemoProjectAsync();
        var milestone = Milestone(await ReadAsync(project), "Zweiter Standort entschieden");
        var id = milestone.GetProperty("id").GetGuid();
        var before = await BoardChangesAsync();
        using var admin = await Personas.SignedInClientAsync(Host, Personas.AdminHoechberg);

        var done = await admin.PutAsJsonAsync($"/api/changelab/projects/{project}/milestones/{id}",
            new { title = "Zweiter Standort entschieden", dueOn = "2027-04-06", doneOn = "2026-12-07", version = milestone.GetProperty("version").GetInt32() });
        var version = (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        var undone = await admin.PutAsJsonAsync($"/api/changelab/projects/{project}/milestones/{id}",
            new { title = "Zweiter Standort entschieden", dueOn = "2027-04-06", doneOn = (string?)null, version });

        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        var after = Milestone(await ReadAsync(project), "Zweiter Standort entschieden");
        Assert.Equal(JsonValueKind.Null, after.GetProperty("doneOn").ValueKind);
        Assert.Equal("2027-04-06", after.GetProperty("dueOn").GetString());
        Assert.Equal(before + 2, await BoardChangesAsync());
    }

    [Fact]
    public async Task bad_input_is_named_field_by_field_and_changes_nothing()
    {
        var project = await DemoProjectAsync();
        var read = await ReadAsync(project);
        var milestone = Milestone(read, "Zweiter Standort entschieden").GetProperty("id").GetGuid();
        var before = await BoardChangesAsync();
        var projects = await Host.QueryAsync(db => db.Projects.CountAsync());
        using var admin = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);

        var edit = await admin.PutAsJsonAsync($"/api/changelab/projects/{project}", new { status = "halb fertig", summary = " ", nextSteps = new string('x', 2001) });
        var change = await admin.PutAsJsonAsync($"/api/changelab/projects/{project}/milestones/{milestone}", new { title = "", dueOn = "bald", doneOn = "31.12.2026", version = 1 });
        var create = await admin.PostAsJsonAsync("/api/changelab/projects", new { measure = "mondlandung", title = "", status = "", summary = "" });
        var delete = await admin.DeleteAsync(new Uri($"/api/changelab/projects/{project}/milestones/{milestone}?version=eins", UriKind.Relative));

        Assert.Equal(["NextSteps", "Status", "Summary", "Version"], await ErrorFieldsAsync(edit));
        Assert.Equal(["DoneOn", "DueOn", "Title"], await ErrorFieldsAsync(change));
        Assert.Equal(["Measure", "Status", "Summary", "Title"], await ErrorFieldsAsync(create));
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.Equal(read.GetRawText(), (await ReadAsync(project)).GetRawText());
        Assert.Equal(projects, await Host.QueryAsync(db => db.Projects.CountAsync()));
        Assert.Equal(before, await BoardChangesAsync());
    }

    private static async Task<string[]> ErrorFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        return [.. errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task unknown_projects_and_milestones_and_milestones_of_another_project_are_404()
    {
        var project = await DemoProjectAsync();
        var foreign = await Host.QueryAsync(db => db.Milestones.Where(m => m.ProjectId != project).Select(m => m.Id).FirstAsync());
        using var admin = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);

        var answers = new[]
        {
            await admin.PutAsJsonAsync($"/api/changelab/projects/{Guid.NewGuid()}", new { status = "done", summary = "X", version = 1 }),
            await admin.PutAsJsonAsync($"/api/changelab/projects/{project}/milestones/{foreign}", new { title = "X", dueOn = "2027-01-01", version = 1 }),
            await admin.PutAsJsonAsync($"/api/changelab/projects/{project}/milestones/{Guid.NewGuid()}", new { title = "X", dueOn = "2027-01-01", version = 1 }),
            await admin.DeleteAsync(new Uri($"/api/changelab/projects/{project}/milestones/{foreign}", UriKind.Relative)),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        Assert.True(await Host.QueryAsync(db => db.Milestones.AnyAsync(m => m.Id == foreign)));
    }

    [Fact]
    public async Task the_last_editor_is_in_their_data_export_and_a_deleted_account_is_no_longer_named()
    {
        var project = await DemoProjectAsync();
        var person = (await Personas.EnsureAsync(Host, Personas.AdminHoechberg))!.Id;
        using var admin = await Personas.SignedInClientAsync(Host, Personas.AdminHoechberg);
        await admin.PutAsJsonAsync($"/api/changelab/projects/{project}", new { status = "done", summary = "Fertig.", version = (await ReadAsync(project)).GetProperty("version").GetInt32() });
        Assert.Equal(person, await Host.QueryAsync(db => db.Projects.Where(p => p.Id == project).Select(p => p.UpdatedBy).SingleAsync()));
        await using var scope = Host.Services.CreateAsyncScope();
        var contributor = scope.ServiceProvider.GetServices<IPersonalDataContributor>().Single(c => c.Section == "change-lab");
        Assert.Contains("Demo: Co-Working-Space Change Lab", JsonSerializer.Serialize(await contributor.CollectAsync(new PersonId(person), CancellationToken.None)), StringComparison.Ordinal);
        var handler = scope.ServiceProvider.GetServices<IIntegrationEventHandler<PersonDeleted>>().Single(h => h.GetType().Assembly == typeof(ChangeLabDb).Assembly);

        await handler.HandleAsync(new PersonDeleted(new PersonId(person)), CancellationToken.None);

        Assert.Null(await Host.QueryAsync(db => db.Projects.Where(p => p.Id == project).Select(p => p.UpdatedBy).SingleAsync()));
        Assert.Equal("Fertig.", (await ReadAsync(project)).GetProperty("summary").GetString());
    }
}
