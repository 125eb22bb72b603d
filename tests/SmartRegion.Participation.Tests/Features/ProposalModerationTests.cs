using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Participation.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.Participation.Tests.Features;

/// <summary>Moderators of the municipality hide a proposal with a public reason.</summary>
public sealed class ProposalModerationTests(ParticipationHost host) : ParticipationTest(host)
{
    private const string BudgetProposals = $"/mitmachen/{DemoProcessesSeeder.BudgetSlug}/vorschlaege";

    private Task<Guid> DemoProposalAsync() => Host.QueryAsync(db => db.Proposals.OrderBy(p => p.Title).Select(p => p.Id).FirstAsync());

    [Theory]
    [InlineData(Personas.ModeratorHoechberg, HttpStatusCode.OK)]
    [InlineData(Personas.RegionAdmin, HttpStatusCode.OK)]
    [InlineData(Personas.StaffRimpar, HttpStatusCode.Forbidden)]
    [InlineData(Personas.Resident, HttpStatusCode.Forbidden)]
    public async Task who_may_hide_a_proposal_of_hoechberg(string persona, HttpStatusCode expected)
    {
        var id = await DemoProposalAsync();
        using var client = await Personas.SignedInClientAsync(Host, persona);

        var response = await client.PutAsJsonAsync($"/api/participation/proposals/{id}/hidden", new { reason = "Beleidigend." });

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK, await Host.QueryAsync(db => db.Proposals.AnyAsync(p => p.Id == id && p.HiddenReason != null)));
    }

    [Fact]
    public async Task a_hidden_proposal_leaves_the_list_and_its_page_shows_the_reason_instead_of_its_text_and_the_hiding_is_audited()
    {
        var id = await DemoProposalAsync();
        var title = await Host.QueryAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Title).SingleAsync());
        using var moderator = await Personas.SignedInClientAsync(Host, Personas.ModeratorHoechberg);

        var bare = await moderator.PutAsJsonAsync($"/api/participation/proposals/{id}/hidden", new { reason = " " });
        var hidden = await moderator.PutAsJsonAsync($"/api/participation/proposals/{id}/hidden", new { reason = "Enthält Werbung." });

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.True((await bare.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Reason", out _));
        Assert.Equal(HttpStatusCode.OK, hidden.StatusCode);
        var list = await Client.GetFromJsonAsync<JsonElement>($"/api/participation/processes/{DemoProcessesSeeder.BudgetSlug}/proposals?page=2");
        Assert.Equal(29, list.GetProperty("total").GetInt32());
        var details = await Client.GetFromJsonAsync<JsonElement>($"/api/participation/proposals/{id}");
        Assert.Equal("", details.GetProperty("title").GetString());
        Assert.Equal("Enthält Werbung.", details.GetProperty("hiddenReason").GetString());
        var page = await GetPageAsync($"{BudgetProposals}/{id}");
        Assert.Contains("Enthält Werbung.", page.Document.GetElementById("ausgeblendet")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(title, page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await AuditTrail.ReadAsync(Host), a => a.Action == "participation-proposals.hidden");
    }

    [Fact]
    public async Task on_the_page_a_moderator_without_a_reason_gets_the_error_summary_and_with_one_hides_the_proposal()
    {
        var id = await DemoProposalAsync();
        var url = $"{BudgetProposals}/{id}";
        using var moderator = await Personas.SignedInClientAsync(Host, Personas.ModeratorHoechberg);
        var form = await HtmlPage.LoadAsync(moderator, url);

        var refused = await HtmlPage.FromAsync(await form.SubmitAsync(moderator, "main form", new Dictionary<string, string> { ["Hide.Reason"] = "" }), url);
        Assert.Equal("feld-reason", Assert.Single(refused.ErrorSummaryLinks()).Target);

        var done = await refused.SubmitAsync(moderator, "main form", new Dictionary<string, string> { ["Hide.Reason"] = "Doppelt eingereicht." });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("Doppelt eingereicht.", await Host.QueryAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.HiddenReason).SingleAsync()));
    }
}
