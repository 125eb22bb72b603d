using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.TestKit;

namespace SmartRegion.ChangeLab.Tests.Features;

/// <summary>Staff ideas: submitted, supported once each, commented, reviewed with a reason; an accepted idea becomes a project.</summary>
public sealed class IdeaTests(ChangeLabHost host) : ChangeLabTest(host)
{
    private static async Task<Guid> SubmitAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/changelab/ideas", new { title = "Formulare ohne Papier", text = "Alle Anträge als Online-Formular." });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task colleagues_support_once_and_comment_and_an_administrator_accepts_with_a_reason_making_a_project()
    {
        using var author = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var colleague = await Personas.SignedInClientAsync(Host, Personas.StaffRimpar);
        using var admin = await Personas.SignedInClientAsync(Host, Personas.AdminRimpar);
        var id = await SubmitAsync(author);

        var supported = await colleague.PostAsync(new Uri($"/api/changelab/ideas/{id}/support", UriKind.Relative), null);
        var twice = await colleague.PostAsync(new Uri($"/api/changelab/ideas/{id}/support", UriKind.Relative), null);
        var commented = await colleague.PostAsJsonAsync($"/api/changelab/ideas/{id}/comments", new { text = "Gute Idee, wir helfen mit." });
        var noReason = await admin.PostAsJsonAsync($"/api/changelab/ideas/{id}/review", new { accept = true, reason = "" });
        var accepted = await admin.PostAsJsonAsync($"/api/changelab/ideas/{id}/review", new { accept = true, reason = "Spart allen Zeit." });
        var late = await author.PostAsync(new Uri($"/api/changelab/ideas/{id}/support", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, supported.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.Created, commented.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var idea = await author.GetFromJsonAsync<JsonElement>($"/api/changelab/ideas/{id}");
        Assert.Equal("accepted", idea.GetProperty("status").GetString());
        Assert.Equal("Spart allen Zeit.", idea.GetProperty("decisionReason").GetString());
        Assert.Equal(1, idea.GetProperty("supports").GetInt32());
        Assert.Single(idea.GetProperty("comments").EnumerateArray());
        var project = idea.GetProperty("projectId").GetGuid();
        Assert.Equal("Formulare ohne Papier", await Host.QueryAsync(db => db.Projects.Where(p => p.Id == project).Select(p => p.Title).SingleAsync()));
    }

    [Theory]
    [InlineData(Personas.Anonymous, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)]
    [InlineData(Personas.Resident, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(Personas.StaffRimpar, HttpStatusCode.Created, HttpStatusCode.Forbidden)]
    [InlineData(Personas.AdminHoechberg, HttpStatusCode.Created, HttpStatusCode.OK)]
    public async Task staff_submit_ideas_and_only_administrators_review_them(string persona, HttpStatusCode submit, HttpStatusCode review)
    {
        using var author = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var id = await SubmitAsync(author);
        using var client = await Personas.SignedInClientAsync(Host, persona);

        var submitted = await client.PostAsJsonAsync("/api/changelab/ideas", new { title = "Idee", text = "Text" });
        var reviewed = await client.PostAsJsonAsync($"/api/changelab/ideas/{id}/review", new { accept = false, reason = "Passt nicht." });

        Assert.Equal(submit, submitted.StatusCode);
        Assert.Equal(review, reviewed.StatusCode);
    }

    [Fact]
    public async Task bad_input_names_the_fields_and_stores_nothing()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        var before = await Host.QueryAsync(db => db.Ideas.CountAsync());

        var empty = await staff.PostAsJsonAsync("/api/changelab/ideas", new { title = " ", text = new string('x', 4001) });
        var junk = await staff.PostAsJsonAsync("/api/changelab/ideas", new { title = "Titel\u0001", text = "Text" });
        var missing = await staff.PostAsJsonAsync($"/api/changelab/ideas/{Guid.NewGuid()}/comments", new { text = "Hallo" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var errors = (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Title", out _));
        Assert.True(errors.TryGetProperty("Text", out _));
        Assert.Equal(HttpStatusCode.BadRequest, junk.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(before, await Host.QueryAsync(db => db.Ideas.CountAsync()));
    }

    [Fact]
    public async Task the_idea_pages_submit_support_and_review_through_forms()
    {
        using var staff = await Personas.SignedInClientAsync(Host, Personas.StaffHoechberg);
        using var admin = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);
        var list = await HtmlPage.LoadAsync(staff, "/change-lab/ideen");
        var bad = await HtmlPage.FromAsync(await list.SubmitAsync(staff, "main form[method=post]", new Dictionary<string, string> { ["Model.Title"] = "", ["Model.Text"] = "" }), list.Url);
        Assert.Contains("feld-title", bad.ErrorSummaryLinks().Select(l => l.Target));

        var posted = await list.SubmitAsync(staff, "main form[method=post]", new Dictionary<string, string> { ["Model.Title"] = "Mehr Telefonboxen", ["Model.Text"] = "Die eine ist immer belegt." });
        var target = Target(posted)!;
        Assert.StartsWith("/change-lab/ideen/", target, StringComparison.Ordinal);
        var page = await HtmlPage.LoadAsync(admin, target.Split('?')[0]);
        var reviewed = await page.SubmitAsync(admin, "main form:has(select)", new Dictionary<string, string> { ["Review.Accept"] = "false", ["Review.Reason"] = "Kein Platz im Raum." });

        Assert.EndsWith("?erledigt=entschieden", Target(reviewed), StringComparison.Ordinal);
        Assert.Equal("declined", await Host.QueryAsync(db => db.Ideas.Where(i => i.Title == "Mehr Telefonboxen").Select(i => i.Status).SingleAsync()));
    }
}
