using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.Kernel.Database;
using SmartRegion.TestKit;

namespace SmartRegion.ChangeLab.Tests.Pages;

/// <summary>
/// The public page of a project and the administrators' pages to create and change projects and milestones: plain
/// forms without JavaScript, the error summary on bad input, and a clear message instead of overwriting a newer change.
/// </summary>
public sealed class ProjectPagesTests(ChangeLabHost host) : ChangeLabTest(host)
{
    private Task<Guid> DemoProjectAsync() =>
        Host.QueryAsync(db => db.Projects.Where(p => p.Title == "Demo: Co-Working-Space Change Lab").Select(p => p.Id).SingleAsync());

    private Task<int> BoardChangesAsync() =>
        Host.QueryAsync(db => db.Outbox().CountAsync(m => m.Type == typeof(ProgressBoardChanged).FullName));

    private Task<Guid> MilestoneAsync(Guid project, string title) =>
        Host.QueryAsync(db => db.Milestones.Where(m => m.ProjectId == project && m.Title == title).Select(m => m.Id).SingleAsync());

    private static Dictionary<string, string> NoValues() => [];

    [Fact]
    public async Task the_board_links_each_project_to_its_public_page_which_states_done_open_and_overdue_in_words()
    {
        var project = await DemoProjectAsync();
        using var admin = await Personas.SignedInClientAsync(Host, Personas.AdminHoechberg);
        await admin.PostAsJsonAsync($"/api/changelab/projects/{project}/milestones", new { title = "Schon vorbei", dueOn = "2026-11-30" });

        var board = await GetPageAsync("/fortschritt");
        var page = await GetPageAsync($"/fortschritt/{project}");
        var english = await GetEnglishAsync(Client, $"/fortschritt/{project}");

        Assert.NotNull(board.Document.QuerySelector($"main section h3 a[href='/fortschritt/{project}']"));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Demo: Co-Working-Space Change Lab", page.H1);
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        Assert.StartsWith("Räume und Arbeitsplätze", page.Document.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
        var items = page.Document.QuerySelectorAll("main ol li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(4, items.Count);
        Assert.Contains("erreicht am", items[0], StringComparison.Ordinal);
        Assert.Contains("noch offen", items[2], StringComparison.Ordinal);
        Assert.Contains("überfällig", items[3], StringComparison.Ordinal);
        var main = page.Document.QuerySelector("main")!.TextContent;
        Assert.Contains("Zuletzt geändert am 07.12.2026", main, StringComparison.Ordinal);
        Assert.Contains("Zweiten Standort im Landkreis prüfen.", main, StringComparison.Ordinal);
        Assert.DoesNotContain("admin-hoechberg", page.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector($"main a[href='/fortschritt/{project}/bearbeiten']"));
        Assert.Contains("overdue", english.Document.QuerySelector("main ol")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task a_project_from_an_idea_names_the_idea_without_linking_the_staff_only_idea_page()
    {
        var project = await Host.QueryAsync(db => db.Projects.Where(p => p.IdeaId != null).Select(p => p.Id).FirstAsync());
        var idea = await Host.QueryAsync(db => db.Projects.Where(p => p.Id == project).Select(p => p.IdeaId!.Value).SingleAsync());

        var page = await GetPageAsync($"/fortschritt/{project}");

        Assert.Contains("Hervorgegangen aus einer Idee von Beschäftigten: „Demo: Vorlagen für Bescheide gemeinsam pflegen“", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector($"a[href*='{idea}']"));
    }

    [Fact]
    public async Task an_unknown_project_page_is_a_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetPageAsync($"/fortschritt/{Guid.NewGuid()}")).Status);
        using var admin = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);
        var project = await DemoProjectAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri($"/fortschritt/{Guid.NewGuid()}/bearbeiten", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri($"/fortschritt/{project}/bearbeiten/meilensteine/{Guid.NewGuid()}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri($"/fortschritt/{project}/bearbeiten/meilensteine/{Guid.NewGuid()}/loeschen", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData(Personas.Anonymous, "/anmelden")]
    [InlineData(Personas.Resident, "/fehler/403")]
    [InlineData(Personas.StaffHoechberg, "/fehler/403")]
    [InlineData(Personas.AdminRimpar, null)]
    [InlineData(Personas.RegionAdmin, null)]
    public async Task the_editing_pages_are_for_administrators(string persona, string? sentTo)
    {
        var project = await DemoProjectAsync();
        var milestone = await MilestoneAsync(project, "Buchung online");
        using var client = await Personas.SignedInClientAsync(Host, persona);

        foreach (var path in new[]
        {
            "/fortschritt/neu", $"/fortschritt/{project}/bearbeiten", $"/fortschritt/{project}/bearbeiten/meilensteine/{milestone}",
            $"/fortschritt/{project}/bearbeiten/meilensteine/{milestone}/loeschen",
        })
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (sentTo is null)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith(sentTo, Target(response), StringComparison.Ordinal);
            }
        }

        var page = await HtmlPage.LoadAsync(client, $"/fortschritt/{project}");
        var board = await HtmlPage.LoadAsync(client, "/fortschritt");
        Assert.Equal(sentTo is null, page.Document.QuerySelector($"main a[href='/fortschritt/{project}/bearbeiten']") is not null);
        Assert.Equal(sentTo is null, board.Document.QuerySelector("main a[href='/fortschritt/neu']") is not null);
        Assert.True(await Host.QueryAsync(db => db.Milestones.AnyAsync(m => m.Id == milestone)));
    }

    [Fact]
    public async Task the_edit_form_shows_the_error_summary_on_bad_input_and_changes_nothing_then_saves()
    {
        var project = await DemoProjectAsync();
        using var admin = await Personas.SignedInClientAsync(Host, Personas.AdminHoechberg);
        var form = await HtmlPage.LoadAsync(admin, $"/fortschritt/{project}/bearbeiten");
        var before = await BoardChangesAsync();

        Assert.Equal(2, form.Document.QuerySelectorAll("main form[method=post] input[name=__RequestVerificationToken]").Length);
        Assert.Equal("Stand des Projekts", form.Document.QuerySelector("main fieldset legend")!.TextContent.Trim());
        Assert.Equal("running", form.Document.QuerySelector("main input[name='Model.Status'][checked]")!.GetAttribute("value"));
        var bad = await HtmlPage.FromAsync(await form.SubmitAsync(admin, "main form[method=post]", new Dictionary<string, string> { ["Model.Status"] = "halb", ["Model.Summary"] = "" }), form.Url);

        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.Equal(["feld-status", "feld-summary"], bad.ErrorSummaryLinks().Select(l => l.Target).ToArray());
        Assert.StartsWith("Fehler", bad.Title, StringComparison.Ordinal);
        Assert.Equal("running", await Host.QueryAsync(db => db.Projects.Where(p => p.Id == project).Select(p => p.Status).SingleAsync()));
        Assert.Equal(before, await BoardChangesAsync());

        var saved = await form.SubmitAsync(admin, "main form[method=post]", new Dictionary<string, string> { ["Model.Status"] = "done", ["Model.NextSteps"] = "Feiern." });

        Assert.Equal($"/fortschritt/{project}/bearbeiten?erledigt=gespeichert", Target(saved));
        Assert.Equal(("done", "Feiern."), await Host.QueryAsync(async db => await db.Projects.Where(p => p.Id == project).Select(p => new { p.Status, p.NextSteps }).SingleAsync() is var x ? (x.Status, x.NextSteps) : default));
        Assert.Equal(before + 1, await BoardChangesAsync());
    }

    [Fact]
    public async Task a_form_opened_before_someone_elses_change_says_so_shows_the_current_state_and_overwrites_only_when_sent_again()
    {
        var project = await DemoProjectAsync();
        using var admin = await Personas.SignedInClientAsync(Host, Personas.AdminHoechberg);
        using var other = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);
        var form = await HtmlPage.LoadAsync(admin, $"/fortschritt/{project}/bearbeiten");
        var version = (await Client.GetFromJsonAsync<JsonElement>($"/api/changelab/projects/{project}")).GetProperty("version").GetInt32();
        Host.Clock.SetUtcNow(ChangeLabHost.Start.AddMinutes(5));
        Assert.Equal(HttpStatusCode.OK, (await other.PutAsJsonAsync($"/api/changelab/projects/{project}", new { status = "done", summary = "Von der Region.", version })).StatusCode);

        var stale = await HtmlPage.FromAsync(await form.SubmitAsync(admin, "main form[method=post]", new Dictionary<string, string> { ["Model.Summary"] = "Von Höchberg." }), form.Url);

        Assert.Equal(HttpStatusCode.OK, stale.Status);
        var alert = stale.Document.QuerySelector("main [role=alert]")!.TextContent;
        Assert.Contains("Jemand anderes hat dieses Projekt am 07.12.2026 08:05 geändert", alert, StringComparison.Ordinal);
        Assert.Contains("Von der Region.", stale.Document.QuerySelector("main section[aria-labelledby=aktueller-stand]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Von Höchberg.", stale.Document.QuerySelector("main textarea[name='Model.Summary']")!.TextContent);
        Assert.Equal("Von der Region.", await Host.QueryAsync(db => db.Projects.Where(p => p.Id == project).Select(p => p.Summary).SingleAsync()));

        var again = await stale.SubmitAsync(admin, "main form[method=post]", NoValues());

        Assert.Equal($"/fortschritt/{project}/bearbeiten?erledigt=gespeichert", Target(again));
        Assert.Equal("Von Höchberg.", await Host.QueryAsync(db => db.Projects.Where(p => p.Id == project).Select(p => p.Summary).SingleAsync()));
    }

    [Fact]
    public async Task a_milestone_is_added_changed_marked_done_and_deleted_after_asking_all_without_javascript()
    {
        var project = await DemoProjectAsync();
        using var admin = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);
        var edit = await HtmlPage.LoadAsync(admin, $"/fortschritt/{project}/bearbeiten");
        var before = await BoardChangesAsync();
        const string addForm = "main form#meilenstein-neu";

        var bad = await HtmlPage.FromAsync(await edit.SubmitAsync(admin, addForm, new Dictionary<string, string> { ["NewMilestone.Title"] = "Eröffnung", ["NewMilestone.DueOn"] = "bald" }), edit.Url);
        var added = await edit.SubmitAsync(admin, addForm, new Dictionary<string, string> { ["NewMilestone.Title"] = "Eröffnung", ["NewMilestone.DueOn"] = "2027-02-01" });

        Assert.Equal(["feld-due-on"], bad.ErrorSummaryLinks().Select(l => l.Target).ToArray());
        Assert.StartsWith($"/fortschritt/{project}/bearbeiten?erledigt=hinzugefuegt", Target(added), StringComparison.Ordinal);
        var milestone = await MilestoneAsync(project, "Eröffnung");
        var list = await HtmlPage.LoadAsync(admin, $"/fortschritt/{project}/bearbeiten?erledigt=hinzugefuegt");
        Assert.NotNull(list.Document.QuerySelector($"main table a[href='/fortschritt/{project}/bearbeiten/meilensteine/{milestone}']"));

        var page = await HtmlPage.LoadAsync(admin, $"/fortschritt/{project}/bearbeiten/meilensteine/{milestone}");
        var renamed = await page.SubmitAsync(admin, "main form#meilenstein-form", new Dictionary<string, string> { ["Model.Title"] = "Feierliche Eröffnung" });
        Assert.StartsWith($"/fortschritt/{project}/bearbeiten?erledigt=geaendert", Target(renamed), StringComparison.Ordinal);
        page = await HtmlPage.LoadAsync(admin, $"/fortschritt/{project}/bearbeiten/meilensteine/{milestone}");
        var done = await page.SubmitAsync(admin, "main form#meilenstein-schnell", new Dictionary<string, string> { ["Quick.Action"] = "done" });
        Assert.StartsWith($"/fortschritt/{project}/bearbeiten?erledigt=geaendert", Target(done), StringComparison.Ordinal);
        Assert.Equal(("Feierliche Eröffnung", (DateOnly?)new DateOnly(2026, 12, 7)),
            await Host.QueryAsync(async db => await db.Milestones.Where(m => m.Id == milestone).Select(m => new { m.Title, m.DoneOn }).SingleAsync() is var x ? (x.Title, x.DoneOn) : default));

        var ask = await HtmlPage.LoadAsync(admin, $"/fortschritt/{project}/bearbeiten/meilensteine/{milestone}/loeschen");
        Assert.True(await Host.QueryAsync(db => db.Milestones.AnyAsync(m => m.Id == milestone)));
        Assert.Contains("„Feierliche Eröffnung“", ask.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(ask.Document.QuerySelector("main form[method=post] input[name=__RequestVerificationToken]"));
        var deleted = await ask.SubmitAsync(admin, "main form[method=post]", NoValues());

        Assert.StartsWith($"/fortschritt/{project}/bearbeiten?erledigt=geloescht", Target(deleted), StringComparison.Ordinal);
        Assert.False(await Host.QueryAsync(db => db.Milestones.AnyAsync(m => m.Id == milestone)));
        Assert.Equal(before + 4, await BoardChangesAsync());
    }

    [Fact]
    public async Task deleting_a_milestone_changed_after_the_question_was_shown_is_refused_with_a_message()
    {
        var project = await DemoProjectAsync();
        var milestone = await MilestoneAsync(project, "Buchung online");
        using var admin = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);
        var ask = await HtmlPage.LoadAsync(admin, $"/fortschritt/{project}/bearbeiten/meilensteine/{milestone}/loeschen");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/changelab/projects/{project}/milestones/{milestone}",
            new { title = "Buchung online für alle", dueOn = "2026-11-30", doneOn = "2026-11-30", version = 1 })).StatusCode);

        var refused = await HtmlPage.FromAsync(await ask.SubmitAsync(admin, "main form[method=post]", NoValues()), ask.Url);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Jemand anderes hat diesen Meilenstein geändert", refused.Document.QuerySelector("main [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("„Buchung online für alle“", refused.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(await Host.QueryAsync(db => db.Milestones.AnyAsync(m => m.Id == milestone)));
    }

    [Fact]
    public async Task a_new_project_needs_a_measure_title_and_summary_and_then_opens_for_its_milestones()
    {
        using var admin = await Personas.SignedInClientAsync(Host, Personas.AdminHoechberg);
        var form = await HtmlPage.LoadAsync(admin, "/fortschritt/neu");
        var before = await BoardChangesAsync();

        Assert.Equal("Neues Projekt", form.H1);
        Assert.Equal(9, form.Document.QuerySelectorAll("main select[name='Model.Measure'] option").Length);
        Assert.NotNull(form.Document.QuerySelector("main form[method=post] input[name=__RequestVerificationToken]"));
        var bad = await HtmlPage.FromAsync(await form.SubmitAsync(admin, "main form[method=post]", NoValues()), form.Url);

        Assert.Equal(["feld-measure", "feld-title", "feld-summary"], bad.ErrorSummaryLinks().Select(l => l.Target).ToArray());
        Assert.Equal(before, await BoardChangesAsync());

        var created = await form.SubmitAsync(admin, "main form[method=post]", new Dictionary<string, string>
        {
            ["Model.Measure"] = "heimat-foren", ["Model.Title"] = "Forum in Rimpar", ["Model.Status"] = "running", ["Model.Summary"] = "Ein Ort der Begegnung.",
        });

        var id = await Host.QueryAsync(db => db.Projects.Where(p => p.Title == "Forum in Rimpar").Select(p => p.Id).SingleAsync());
        Assert.Equal($"/fortschritt/{id}/bearbeiten?erledigt=angelegt", Target(created));
        Assert.Equal(before + 1, await BoardChangesAsync());
        var board = await GetPageAsync("/fortschritt");
        Assert.NotNull(board.Document.QuerySelector($"main section a[href='/fortschritt/{id}']"));
    }
}
