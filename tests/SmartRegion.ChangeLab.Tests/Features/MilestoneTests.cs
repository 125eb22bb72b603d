using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.TestKit;

namespace SmartRegion.ChangeLab.Tests.Features;

/// <summary>Milestones of the projects on the progress board: added by administrators, shown at once.</summary>
public sealed class MilestoneTests(ChangeLabHost host) : ChangeLabTest(host)
{
    [Theory]
    [InlineData(Personas.StaffHoechberg, HttpStatusCode.Forbidden)]
    [InlineData(Personas.AdminHoechberg, HttpStatusCode.Created)]
    public async Task administrators_add_milestones_that_the_board_shows(string persona, HttpStatusCode expected)
    {
        var project = await Host.QueryAsync(db => db.Projects.Where(p => p.IdeaId != null).Select(p => p.Id).FirstAsync());
        using var client = await Personas.SignedInClientAsync(Host, persona);

        var response = await client.PostAsJsonAsync($"/api/changelab/projects/{project}/milestones", new { title = "Vorlagen im Einsatz", dueOn = "2027-03-01" });
        var board = await Client.GetStringAsync(new Uri("/api/changelab/progress", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Created, board.Contains("Vorlagen im Einsatz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task bad_milestones_are_named_and_change_nothing()
    {
        var project = await Host.QueryAsync(db => db.Projects.Select(p => p.Id).FirstAsync());
        var before = await Host.QueryAsync(db => db.Milestones.CountAsync());
        using var admin = await Personas.SignedInClientAsync(Host, Personas.RegionAdmin);

        var bad = await admin.PostAsJsonAsync($"/api/changelab/projects/{project}/milestones", new { title = "", dueOn = "bald", doneOn = "gestern" });
        var missing = await admin.PostAsJsonAsync($"/api/changelab/projects/{Guid.NewGuid()}/milestones", new { title = "X", dueOn = "2027-01-01" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Title", out _) && errors.TryGetProperty("DueOn", out _) && errors.TryGetProperty("DoneOn", out _));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(before, await Host.QueryAsync(db => db.Milestones.CountAsync()));
    }
}
